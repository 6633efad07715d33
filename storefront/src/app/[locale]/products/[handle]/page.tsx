import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { ProductOverview } from "@/components/product/product-overview"
import { localeAlternates } from "@/i18n/alternates"
import { resolveLocale } from "@/i18n/routing"
import { retrieveProduct } from "@/lib/data/products"
import { localizedDescription, localizedTitle } from "@/lib/util/localized"

export const dynamic = "force-dynamic"

type ProductPageProps = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { locale, handle } = await params
  const product = await retrieveProduct(handle).catch(() => undefined)
  // The page itself reports a failed fetch; the layout's title stands in meanwhile.
  if (product === undefined) return {}
  if (product === null) {
    const t = await getTranslations({ locale: resolveLocale(locale), namespace: "NotFound" })
    return { title: t("title") }
  }

  const title = localizedTitle(product, locale)
  return {
    title,
    description: localizedDescription(product, locale) ?? product.subtitle ?? undefined,
    alternates: localeAlternates(`/products/${product.handle}`, resolveLocale(locale)),
    openGraph: { title, images: product.thumbnail ? [product.thumbnail] : [] },
  }
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { locale, handle } = await params
  setRequestLocale(resolveLocale(locale))
  const product = await retrieveProduct(handle).catch((error: unknown) => {
    console.error(`Could not retrieve product "${handle}"`, error)
    return undefined
  })

  if (product === undefined) {
    const t = await getTranslations("Product")
    return <Notice kind="error">{t("loadError")}</Notice>
  }
  if (product === null) notFound()

  return <ProductOverview product={product} />
}
