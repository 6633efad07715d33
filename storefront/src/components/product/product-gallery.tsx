import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import styles from "./product-gallery.module.css"

type ProductGalleryProps = {
  product: HttpTypes.StoreProduct
  /** The product's name in the page's language, for the images' text alternatives. */
  title: string
}

/** The product's images in rank order: the first one large, the others as a row below it. */
export function ProductGallery({ product, title }: ProductGalleryProps) {
  const t = useTranslations("Product")
  const urls = [...(product.images ?? [])].sort((a, b) => a.rank - b.rank).map((image) => image.url)
  if (urls.length === 0 && product.thumbnail) urls.push(product.thumbnail)

  return (
    <div className={styles.gallery}>
      {urls.length === 0 ? <div className={`${styles.image} ${styles.main}`} /> : null}
      {urls.map((url, index) => (
        <img
          key={url}
          className={index === 0 ? `${styles.image} ${styles.main}` : styles.image}
          src={url}
          alt={index === 0 ? title : t("imageAlt", { title, number: index + 1 })}
          width={1280}
          height={1280}
          loading={index === 0 ? "eager" : "lazy"}
          decoding="async"
        />
      ))}
    </div>
  )
}
