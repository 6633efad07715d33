import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { cache } from "react"
import { CatalogueHeader } from "@/components/catalogue/catalogue-header"
import { CatalogueView } from "@/components/catalogue/catalogue-view"
import { Notice } from "@/components/feedback/notice"
import { localeAlternates } from "@/i18n/alternates"
import { resolveLocale } from "@/i18n/routing"
import { loadCatalogue, resolveDistrict } from "@/lib/data/catalogue"

type DistrictPageProps = {
  params: Promise<{ locale: string; province: string; district: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Metadata and page resolve the same slugs in one request.
const findDistrict = cache((province: string, district: string) => resolveDistrict(province, district))

export async function generateMetadata({ params }: DistrictPageProps): Promise<Metadata> {
  const { locale: requested, province, district } = await params
  const locale = resolveLocale(requested)
  const place = await findDistrict(province, district).catch(() => undefined)
  if (place === undefined) return {}
  if (place === null) return { title: (await getTranslations({ locale, namespace: "NotFound" }))("title") }
  const t = await getTranslations({ locale, namespace: "Catalogue" })
  const names = { district: place.district, province: place.provinceName }
  return {
    title: t("districtTitle", names),
    description: t("districtDescription", names),
    alternates: localeAlternates(`/districts/${province}/${district}`, locale),
    openGraph: { title: t("districtTitle", names), description: t("districtDescription", names) },
  }
}

export default async function DistrictPage({ params, searchParams }: DistrictPageProps) {
  const { locale, province, district } = await params
  setRequestLocale(resolveLocale(locale))
  const t = await getTranslations("Catalogue")
  const place = await findDistrict(province, district).catch((error: unknown) => {
    console.error(`Could not resolve the district ${province}/${district}`, error)
    return undefined
  })
  if (place === undefined) return <Notice kind="error">{t("loadError")}</Notice>
  if (place === null) notFound()
  const names = { district: place.district, province: place.provinceName }
  const scope = { province: place.provinceCode, district: place.district }
  const catalogue = await loadCatalogue(await searchParams, scope)

  return (
    <>
      <CatalogueHeader title={t("districtTitle", names)} lead={t("districtDescription", names)} />
      <CatalogueView scope={scope} {...catalogue} />
    </>
  )
}
