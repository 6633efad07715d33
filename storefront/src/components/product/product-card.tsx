import { useLocale, useTranslations } from "next-intl"
import { badgeStars, thumbnailSrcSet, type SizedImage } from "@ocop/shared"
import { StarBadge } from "@/components/ocop/star-badge"
import { Link } from "@/i18n/navigation"
import type { OcopProduct } from "@/lib/ocop/types"
import { localizedTitle } from "@/lib/util/localized"
import { formatPrice } from "@/lib/util/money"
import { lowestPrice } from "@/lib/util/product-price"
import styles from "./product-card.module.css"
import { ProductImage } from "./product-image"

type ProductCardProps = {
  product: OcopProduct
  showProducer?: boolean
  /** In the first row of its page: its image loads at once. */
  eager?: boolean
}

export function ProductCard({ product, showProducer = true, eager = false }: ProductCardProps) {
  const t = useTranslations()
  const locale = useLocale()
  const title = localizedTitle(product, locale)
  const stars = badgeStars(product.ocop_certificates)
  const origin = product.ocop_origin
  const price = lowestPrice(product)
  const priceText = price ? formatPrice(price.amount, price.currencyCode) : t("Price.unavailable")

  return (
    <article className={styles.card}>
      <ProductImage
        src={product.thumbnail ?? null}
        srcSet={thumbnailSrcSet(product.thumbnail, product.images as SizedImage[] | undefined)}
        alt={title}
        eager={eager}
      />
      <div className={styles.body}>
        {stars ? <StarBadge stars={stars} /> : null}
        <h3 className={styles.title}>
          <Link href={`/products/${product.handle}`} className={styles.link}>
            {title}
          </Link>
        </h3>
        {showProducer && product.producer ? <p className={styles.producer}>{product.producer.name}</p> : null}
        {origin ? (
          <p className={styles.place}>
            {origin.former_district
              ? t("Ocop.placeLine", {
                  formerDistrict: origin.former_district,
                  province: origin.province_name,
                })
              : origin.province_name}
          </p>
        ) : null}
        <p className={styles.price}>{price?.varies ? t("Price.from", { price: priceText }) : priceText}</p>
      </div>
    </article>
  )
}
