import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CatalogueHeader } from "@/components/catalogue/catalogue-header"
import { CatalogueView } from "@/components/catalogue/catalogue-view"
import { localeAlternates } from "@/i18n/alternates"
import { resolveLocale } from "@/i18n/routing"
import { groupOfSlug } from "@/lib/catalogue/slugs"
import { loadCatalogue } from "@/lib/data/catalogue"

type GroupPageProps = {
  params: Promise<{ locale: string; group: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: GroupPageProps): Promise<Metadata> {
  const { locale: requested, group: slug } = await params
  const locale = resolveLocale(requested)
  const group = groupOfSlug(slug)
  if (!group) return { title: (await getTranslations({ locale, namespace: "NotFound" }))("title") }
  const t = await getTranslations({ locale, namespace: "Catalogue" })
  const name = (await getTranslations({ locale, namespace: "ProductGroup" }))(group)
  return {
    title: t("groupTitle", { name }),
    description: t("groupDescription", { name }),
    alternates: localeAlternates(`/groups/${slug}`, locale),
    openGraph: { title: t("groupTitle", { name }), description: t("groupDescription", { name }) },
  }
}

export default async function GroupPage({ params, searchParams }: GroupPageProps) {
  const { locale, group: slug } = await params
  setRequestLocale(resolveLocale(locale))
  const group = groupOfSlug(slug)
  if (!group) notFound()
  const t = await getTranslations("Catalogue")
  const name = (await getTranslations("ProductGroup"))(group)
  const scope = { group }
  const catalogue = await loadCatalogue(await searchParams, scope)

  return (
    <>
      <CatalogueHeader title={t("groupTitle", { name })} lead={t("groupDescription", { name })} />
      <CatalogueView scope={scope} {...catalogue} />
    </>
  )
}
