import { useLocale, useTranslations } from "next-intl"
import type { ReactNode } from "react"
import {
  currentCertificate,
  earnsStarBadge,
  MAX_WHOLESALE_LINE_QUANTITY,
  orderLimits,
  type OrderLimits,
  type ProductWholesale,
} from "@ocop/shared"
import { AddToCartForm } from "@/components/cart/add-to-cart-form"
import { CertificateDetails } from "@/components/ocop/certificate-details"
import { OriginDetails } from "@/components/ocop/origin-details"
import { StarBadge } from "@/components/ocop/star-badge"
import { ProducerCard } from "@/components/producer/producer-card"
import { Link } from "@/i18n/navigation"
import type { OcopProduct } from "@/lib/ocop/types"
import { localizedDescription, localizedTitle } from "@/lib/util/localized"
import { widestLimits } from "@/lib/cart/quantity"
import { formatPrice } from "@/lib/util/money"
import { rankedVariants, variantPrice } from "@/lib/util/product-price"
import { ProductGallery } from "./product-gallery"
import styles from "./product-overview.module.css"
import { VariantPicker, type VariantOption } from "./variant-picker"

/**
 * `originQr` is the QR code of the product's origin page, drawn by the page (it is async);
 * `wholesale` the terms a signed-in verified buyer orders by (its minimum, up to 10.000 units).
 */
export function ProductOverview({
  product,
  originQr,
  wholesale,
}: {
  product: OcopProduct
  originQr?: ReactNode
  wholesale?: ProductWholesale | null
}) {
  const t = useTranslations()
  const locale = useLocale()
  const title = localizedTitle(product, locale)
  const description = localizedDescription(product, locale)
  const certificate = currentCertificate(product.ocop_certificates)
  const ranked = rankedVariants(product)
  // One quantity field serves every pack size; it starts at the first one's minimum.
  const limits = ranked.map((variant): OrderLimits => {
    const terms = wholesale?.variants.find((candidate) => candidate.variant_id === variant.id)
    return terms ? { min: terms.min_quantity, max: MAX_WHOLESALE_LINE_QUANTITY } : orderLimits(variant.metadata)
  })
  const variants: VariantOption[] = ranked.map((variant) => {
    const price = variantPrice(variant)
    return {
      id: variant.id,
      title: localizedTitle(variant, locale),
      price: price ? formatPrice(price.amount, price.currencyCode) : t("Price.unavailable"),
    }
  })

  return (
    <>
      <Link href="/products" className={styles.back}>
        <span aria-hidden="true">← </span>
        {t("Product.allProducts")}
      </Link>
      <article className={styles.overview}>
        <ProductGallery product={product} title={title} />
        <div className={styles.info}>
          <div className={styles.heading}>
            {earnsStarBadge(certificate) ? <StarBadge stars={certificate.stars} size="large" /> : null}
            <h1 className={styles.title}>{title}</h1>
            {product.subtitle ? <p className={styles.subtitle}>{product.subtitle}</p> : null}
            {product.producer ? (
              <p className={styles.producer}>
                {t.rich("Product.madeBy", {
                  producer: (chunks) => <Link href={`/producers/${product.producer?.handle}`}>{chunks}</Link>,
                  name: product.producer.name,
                })}
              </p>
            ) : null}
          </div>
          {variants.length > 0 ? (
            <AddToCartForm productId={product.id} limits={widestLimits(limits)} defaultQuantity={limits[0]?.min}>
              <VariantPicker variants={variants} />
            </AddToCartForm>
          ) : (
            <VariantPicker variants={variants} />
          )}
          {description ? (
            <section className={styles.description}>
              <h2>{t("Product.description")}</h2>
              <p>{description}</p>
            </section>
          ) : null}
        </div>
      </article>
      <div className={styles.provenance}>
        <CertificateDetails certificate={certificate} />
        {product.producer ? <ProducerCard producer={product.producer} /> : null}
        {product.ocop_origin ? <OriginDetails origin={product.ocop_origin} /> : null}
        {originQr}
      </div>
    </>
  )
}
