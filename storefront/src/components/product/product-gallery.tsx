import type { HttpTypes } from "@medusajs/types"
import { thumbnailSrcSet, type SizedImage } from "@ocop/shared"
import { useTranslations } from "next-intl"
import styles from "./product-gallery.module.css"

// The page's first column (product-overview.module.css): the whole width on a phone, half from 48rem,
// at most 34rem; the other pictures are a quarter of it.
const MAIN_SIZES = "(min-width: 72rem) 34rem, (min-width: 48rem) 50vw, 100vw"
const ROW_SIZES = "(min-width: 72rem) 8.5rem, (min-width: 48rem) 12.5vw, 25vw"

type ProductGalleryProps = {
  product: HttpTypes.StoreProduct
  /** The product's name in the page's language, for the images' text alternatives. */
  title: string
}

/** The product's images in rank order: the first one large, the others as a row below it. */
export function ProductGallery({ product, title }: ProductGalleryProps) {
  const t = useTranslations("Product")
  const images: { url: string; srcSet: string | null }[] = [...(product.images ?? [])]
    .sort((a, b) => a.rank - b.rank)
    .map((image) => ({ url: image.url, srcSet: thumbnailSrcSet(image.url, [image as SizedImage]) }))
  if (images.length === 0 && product.thumbnail) images.push({ url: product.thumbnail, srcSet: null })

  return (
    <div className={styles.gallery}>
      {images.length === 0 ? <div className={`${styles.image} ${styles.main}`} /> : null}
      {images.map(({ url, srcSet }, index) => (
        <img
          key={url}
          className={index === 0 ? `${styles.image} ${styles.main}` : styles.image}
          src={url}
          srcSet={srcSet ?? undefined}
          sizes={srcSet ? (index === 0 ? MAIN_SIZES : ROW_SIZES) : undefined}
          alt={index === 0 ? title : t("imageAlt", { title, number: index + 1 })}
          width={1280}
          height={1280}
          loading={index === 0 ? "eager" : "lazy"}
          fetchPriority={index === 0 ? "high" : undefined}
          decoding="async"
        />
      ))}
    </div>
  )
}
