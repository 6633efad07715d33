import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CatalogueHeader } from "@/components/catalogue/catalogue-header"
import { CatalogueView } from "@/components/catalogue/catalogue-view"
import { localeAlternates } from "@/i18n/alternates"
import { resolveLocale } from "@/i18n/routing"
import { loadCatalogue } from "@/lib/data/catalogue"

type CataloguePageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: CataloguePageProps): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Catalogue" })
  return {
    title: t("title"),
    description: t("description"),
    alternates: localeAlternates("/products", locale),
    openGraph: { title: t("title"), description: t("description") },
  }
}

export default async function CataloguePage({ params, searchParams }: CataloguePageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Catalogue")
  const catalogue = await loadCatalogue(await searchParams)

  return (
    <>
      <CatalogueHeader title={t("title")} lead={t("lead")} />
      <CatalogueView scope={{}} {...catalogue} />
    </>
  )
}
