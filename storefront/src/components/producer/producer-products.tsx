import { useTranslations } from "next-intl"
import { Notice } from "@/components/feedback/notice"
import { ProductGrid } from "@/components/product/product-grid"
import type { OcopProduct } from "@/lib/ocop/types"
import styles from "./producer-products.module.css"

/** The producer's products on sale; `null` means they could not be loaded. */
type ProducerProductsProps = { name: string; products: OcopProduct[] | null }

export function ProducerProducts({ name, products }: ProducerProductsProps) {
  const t = useTranslations("Producer")

  return (
    <section className={styles.products} aria-labelledby="producer-products-heading">
      <h2 id="producer-products-heading" className={styles.heading}>
        {t("products", { name })}
      </h2>
      {products === null ? <Notice kind="error">{t("productsLoadError")}</Notice> : null}
      {products?.length === 0 ? <Notice kind="info">{t("noProducts")}</Notice> : null}
      {products?.length ? <ProductGrid products={products} showProducer={false} /> : null}
    </section>
  )
}
