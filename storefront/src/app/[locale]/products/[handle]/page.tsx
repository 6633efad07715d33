import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { cache } from "react"
import { badgeStars } from "@ocop/shared"
import { NearbyExperiences } from "@/components/experience/nearby-experiences"
import { Notice } from "@/components/feedback/notice"
import { OriginQr } from "@/components/ocop/origin-qr"
import { ProductOverview } from "@/components/product/product-overview"
import { ShownAtEvents } from "@/components/product/shown-at-events"
import { WholesaleTierTable } from "@/components/product/wholesale-tier-table"
import { RequestQuoteLink } from "@/components/quotes/request-quote-link"
import { getPathname } from "@/i18n/navigation"
import { localeAlternates } from "@/i18n/alternates"
import { resolveLocale, type Locale } from "@/i18n/routing"
import { storefrontUrl } from "@/lib/config"
import { retrieveProduct } from "@/lib/data/products"
import { retrieveWholesaleTiers } from "@/lib/data/wholesale-prices"
import type { OcopProduct } from "@/lib/ocop/types"
import { originUrl } from "@/lib/seo/origin-url"
import { productJsonLd, serializeJsonLd } from "@/lib/seo/product-json-ld"
import { excerpt } from "@/lib/util/excerpt"
import { localizedDescription, localizedTitle } from "@/lib/util/localized"
import { decodeSegment } from "@/lib/util/path-segment"
import { variantPrice } from "@/lib/util/product-price"

type ProductPageProps = { params: Promise<{ locale: string; handle: string }> }

const DESCRIPTION_LENGTH = 160
// Metadata and page ask for the same product in one request, by the handle as typed.
const findProduct = cache((segment: string) => retrieveProduct(decodeSegment(segment)))

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { locale, handle } = await params
  const product = await findProduct(handle).catch(() => undefined)
  // The page itself reports a failed fetch; the layout's title stands in meanwhile.
  if (product === undefined) return {}
  if (product === null) {
    const t = await getTranslations({ locale: resolveLocale(locale), namespace: "NotFound" })
    return { title: t("title") }
  }

  const title = localizedTitle(product, locale)
  const description = localizedDescription(product, locale) ?? product.subtitle
  return {
    title,
    description: description ? excerpt(description, DESCRIPTION_LENGTH) : undefined,
    alternates: localeAlternates(`/products/${product.handle}`, resolveLocale(locale)),
    openGraph: { type: "website", title, images: product.thumbnail ? [{ url: product.thumbnail, alt: title }] : [] },
  }
}

function jsonLdOf(product: OcopProduct, locale: Locale) {
  return productJsonLd({
    url: new URL(getPathname({ href: `/products/${product.handle}`, locale }), storefrontUrl()).toString(),
    name: localizedTitle(product, locale),
    description: localizedDescription(product, locale),
    images: (product.images ?? []).map((image) => image.url).filter(Boolean),
    brand: product.producer?.name ?? null,
    stars: badgeStars(product.ocop_certificates),
    variants: (product.variants ?? []).map((variant) => ({ ...variant, price: variantPrice(variant)?.amount ?? null })),
  })
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { locale: requested, handle } = await params
  const locale = resolveLocale(requested)
  setRequestLocale(locale)
  const product = await findProduct(handle).catch((error: unknown) => {
    console.error(`Could not retrieve product "${handle}"`, error)
    return undefined
  })

  if (product === undefined) {
    const t = await getTranslations("Product")
    return <Notice kind="error">{t("loadError")}</Notice>
  }
  if (product === null) notFound()

  const code = product.ocop_origin?.traceability_code
  // Only a signed-in verified buyer gets tiers (the backend answers 404 to anyone else).
  const wholesale = await retrieveWholesaleTiers(product.id).catch((error: unknown) => {
    console.error(`Could not retrieve the wholesale tiers of product "${handle}"`, error)
    return null
  })
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLdOf(product, locale)) }}
      />
      <ProductOverview
        product={product}
        originQr={code ? <OriginQr url={originUrl(storefrontUrl(), locale, code)} /> : null}
        wholesale={wholesale}
      />
      {wholesale ? <WholesaleTierTable wholesale={wholesale} /> : null}
      <ShownAtEvents productId={product.id} />
      {product.producer?.id && product.variants?.[0]?.id ? (
        <RequestQuoteLink producerId={product.producer.id} variantId={product.variants[0].id} />
      ) : null}
      <NearbyExperiences productId={product.id} />
    </>
  )
}
