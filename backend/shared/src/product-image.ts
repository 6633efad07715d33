/** The widths a product image is stored in (WebP copies made by sharp where the file is written). */
export const PRODUCT_IMAGE_WIDTHS = [320, 640, 1280] as const

/** A product image as Medusa keeps it: its largest copy's url, and every copy's url by width in `metadata.sizes`. */
export type SizedImage = { url?: string | null; metadata?: { sizes?: Record<string, string> | null } | null } | null

/**
 * The `srcset` of a product's thumbnail: the copies of the image the thumbnail is one of, narrowest
 * first ("…-320.webp 320w, …-640.webp 640w, …"), or null when no image names its copies.
 */
export function thumbnailSrcSet(
  thumbnail: string | null | undefined,
  images: readonly SizedImage[] | null | undefined
) {
  if (!thumbnail) return null
  for (const image of images ?? []) {
    const sizes = image?.metadata?.sizes
    if (!sizes || !(image?.url === thumbnail || Object.values(sizes).includes(thumbnail))) continue
    const copies = Object.entries(sizes)
      .map(([width, url]) => ({ width: Number(width), url }))
      .filter((copy) => Number.isInteger(copy.width) && copy.width > 0 && typeof copy.url === "string" && copy.url)
      .sort((a, b) => a.width - b.width)
    // A url with a space or comma would break the list; such a copy is left out rather than mangled.
    const listed = copies.filter((copy) => !/[\s,]/.test(copy.url))
    return listed.length ? listed.map((copy) => `${copy.url} ${copy.width}w`).join(", ") : null
  }
  return null
}
