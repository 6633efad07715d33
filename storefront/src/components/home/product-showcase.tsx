import { useTranslations } from "next-intl"
import { Notice } from "@/components/feedback/notice"
import { ProductGrid } from "@/components/product/product-grid"
import type { OcopProduct } from "@/lib/ocop/types"
import styles from "./product-showcase.module.css"

/** The home page's products; `null` means they could not be loaded. */
export function ProductShowcase({ products }: { products: OcopProduct[] | null }) {
  const t = useTranslations("Home")

  return (
    <section className={styles.showcase} aria-labelledby="products-heading">
      <h2 id="products-heading" className={styles.heading}>
        {t("productsHeading")}
      </h2>
      {products === null ? <Notice kind="error">{t("loadError")}</Notice> : null}
      {products?.length === 0 ? <Notice kind="info">{t("empty")}</Notice> : null}
      {products?.length ? <ProductGrid products={products} /> : null}
    </section>
  )
}
