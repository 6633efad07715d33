import styles from "./product-card.module.css"

/**
 * How wide a product card's image is shown, by the grid's breakpoints (product-grid.module.css and
 * product-card.module.css): a 6.5rem (104 px) thumbnail beside the text on a phone, then 2, 3 and 4
 * columns of a page at most 72rem wide. The browser takes the narrowest copy that covers this width
 * times its pixel ratio, so a phone's card loads the 320 px file, never the 640 or 1280 px one.
 */
export const CARD_IMAGE_SIZES = "(min-width: 64rem) 17rem, (min-width: 48rem) 33vw, (min-width: 30rem) 50vw, 6.5rem"

type ProductImageProps = {
  src: string | null
  /** The copies by width ("url 320w, url 640w, …"); without it the browser loads `src`. */
  srcSet: string | null | undefined
  alt: string
  /** The first row of a page: loaded at once and first; every other card waits until it nears the screen. */
  eager?: boolean
}

/** A product card's square picture, reserving its place before it loads (no layout shift). */
export function ProductImage({ src, srcSet, alt, eager = false }: ProductImageProps) {
  if (!src) return <div className={styles.image} />
  return (
    <img
      className={styles.image}
      src={src}
      srcSet={srcSet ?? undefined}
      sizes={srcSet ? CARD_IMAGE_SIZES : undefined}
      alt={alt}
      width={640}
      height={640}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : undefined}
      decoding="async"
    />
  )
}
