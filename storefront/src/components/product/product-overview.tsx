import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatPrice } from "@/lib/util/money"
import { rankedVariants, variantPrice } from "@/lib/util/product-price"
import { ProductGallery } from "./product-gallery"
import styles from "./product-overview.module.css"
import { VariantPicker, type VariantOption } from "./variant-picker"

export function ProductOverview({ product }: { product: HttpTypes.StoreProduct }) {
  const t = useTranslations()
  const variants: VariantOption[] = rankedVariants(product).map((variant) => {
    const price = variantPrice(variant)
    return {
      id: variant.id,
      title: variant.title ?? "",
      price: price ? formatPrice(price.amount, price.currencyCode) : t("Price.unavailable"),
    }
  })

  return (
    <>
      <Link href="/" className={styles.back}>
        <span aria-hidden="true">← </span>
        {t("Product.allProducts")}
      </Link>
      <article className={styles.overview}>
        <ProductGallery product={product} />
        <div className={styles.info}>
          <div className={styles.heading}>
            <h1 className={styles.title}>{product.title}</h1>
            {product.subtitle ? <p className={styles.subtitle}>{product.subtitle}</p> : null}
          </div>
          <VariantPicker variants={variants} />
          {product.description ? (
            <section className={styles.description}>
              <h2>{t("Product.description")}</h2>
              <p>{product.description}</p>
            </section>
          ) : null}
        </div>
      </article>
    </>
  )
}
