import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/routing"

type UnknownPageProps = { params: Promise<{ locale: string }> }

// A not-found's own metadata is replaced by the layout's once the page hydrates; a page's stays.
export async function generateMetadata({ params }: UnknownPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "NotFound" })
  return { title: t("title") }
}

// Unknown paths under a locale get the localized not-found page of app/[locale]/not-found.tsx.
export default function UnknownPage() {
  notFound()
}
