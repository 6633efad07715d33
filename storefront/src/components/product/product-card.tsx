import { useLocale, useTranslations } from "next-intl"
import { badgeStars } from "@ocop/shared"
import { StarBadge } from "@/components/ocop/star-badge"
import { Link } from "@/i18n/navigation"
import type { OcopProduct } from "@/lib/ocop/types"
import { localizedTitle } from "@/lib/util/localized"
import { formatPrice } from "@/lib/util/money"
import { lowestPrice } from "@/lib/util/product-price"
import styles from "./product-card.module.css"

type ProductCardProps = { product: OcopProduct; showProducer?: boolean }

export function ProductCard({ product, showProducer = true }: ProductCardProps) {
  const t = useTranslations()
  const locale = useLocale()
  const title = localizedTitle(product, locale)
  const stars = badgeStars(product.ocop_certificates)
  const origin = product.ocop_origin
  const price = lowestPrice(product)
  const priceText = price ? formatPrice(price.amount, price.currencyCode) : t("Price.unavailable")

  return (
    <article className={styles.card}>
      {product.thumbnail ? (
        <img
          className={styles.image}
          src={product.thumbnail}
          alt={title}
          width={640}
          height={640}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <div className={styles.image} />
      )}
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
