import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatPrice } from "@/lib/util/money"
import { lowestPrice } from "@/lib/util/product-price"
import styles from "./product-card.module.css"

export function ProductCard({ product }: { product: HttpTypes.StoreProduct }) {
  const t = useTranslations("Price")
  const price = lowestPrice(product)
  const priceText = price ? formatPrice(price.amount, price.currencyCode) : t("unavailable")

  return (
    <article className={styles.card}>
      {product.thumbnail ? (
        <img
          className={styles.image}
          src={product.thumbnail}
          alt={product.title}
          width={640}
          height={640}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <div className={styles.image} />
      )}
      <div className={styles.body}>
        <h3 className={styles.title}>
          <Link href={`/products/${product.handle}`} className={styles.link}>
            {product.title}
          </Link>
        </h3>
        {product.subtitle ? <p className={styles.subtitle}>{product.subtitle}</p> : null}
        <p className={styles.price}>
          {price?.varies ? t("from", { price: priceText }) : priceText}
        </p>
      </div>
    </article>
  )
}
