import { useLocale, useTranslations } from "next-intl"
import { StarBadge } from "@/components/ocop/star-badge"
import styles from "@/components/product/product-card.module.css"
import { ProductImage } from "@/components/product/product-image"
import { Link } from "@/i18n/navigation"
import type { ProductDocument } from "@/lib/catalogue/search-types"
import { pickLocalized } from "@/lib/util/localized"
import { formatPrice } from "@/lib/util/money"

/** A product as the search index returns it: its English title on /en, stars of a valid certificate only. */
export function ResultCard({ product, eager = false }: { product: ProductDocument; eager?: boolean }) {
  const t = useTranslations()
  const locale = useLocale()
  const title = pickLocalized(product.title, product.title_en, locale) ?? product.title
  const place = product.former_district
    ? t("Ocop.placeLine", { formerDistrict: product.former_district, province: product.province_name ?? "" })
    : product.province_name

  return (
    <article className={styles.card}>
      <ProductImage src={product.thumbnail} srcSet={product.thumbnail_srcset} alt={title} eager={eager} />
      <div className={styles.body}>
        {product.stars > 0 ? <StarBadge stars={product.stars} /> : null}
        <h3 className={styles.title}>
          <Link href={`/products/${product.handle}`} className={styles.link}>
            {title}
          </Link>
        </h3>
        {product.producer_name ? <p className={styles.producer}>{product.producer_name}</p> : null}
        {place ? <p className={styles.place}>{place}</p> : null}
        <p className={styles.price}>
          {product.price_min === null ? t("Price.unavailable") : formatPrice(product.price_min)}
        </p>
      </div>
    </article>
  )
}
