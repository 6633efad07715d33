import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { cache } from "react"
import { Notice } from "@/components/feedback/notice"
import { OriginOverview } from "@/components/origin/origin-overview"
import { localeAlternates } from "@/i18n/alternates"
import { resolveLocale } from "@/i18n/routing"
import { retrieveOrigin } from "@/lib/data/origins"
import { localizedTitle } from "@/lib/util/localized"

type OriginPageProps = { params: Promise<{ locale: string; code: string }> }

const findOrigin = cache(retrieveOrigin)

export async function generateMetadata({ params }: OriginPageProps): Promise<Metadata> {
  const { locale: requested, code } = await params
  const locale = resolveLocale(requested)
  const origin = await findOrigin(code).catch(() => undefined)
  if (origin === undefined) return {}
  if (origin === null) return { title: (await getTranslations({ locale, namespace: "NotFound" }))("title") }
  const t = await getTranslations({ locale, namespace: "Origin" })
  const product = localizedTitle(origin.product, locale)
  return {
    title: t("title", { product }),
    description: t("description", { product }),
    alternates: localeAlternates(`/origin/${origin.traceability_code}`, locale),
    openGraph: { title: t("title", { product }), images: origin.product.thumbnail ? [origin.product.thumbnail] : [] },
  }
}

export default async function OriginPage({ params }: OriginPageProps) {
  const { locale, code } = await params
  setRequestLocale(resolveLocale(locale))
  const origin = await findOrigin(code).catch((error: unknown) => {
    console.error(`Could not retrieve the origin "${code}"`, error)
    return undefined
  })
  if (origin === undefined) {
    const t = await getTranslations("Origin")
    return <Notice kind="error">{t("loadError")}</Notice>
  }
  if (origin === null) notFound()
  return <OriginOverview origin={origin} />
}
