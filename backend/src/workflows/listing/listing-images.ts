/** A product image of a listing; its metadata keeps the URLs of its WebP copies and their files' ids. */
export type ListingImageRecord = {
  id?: string
  url: string
  metadata: { sizes?: Record<string, string>; file_ids?: string[] } & Record<string, unknown>
}

/** The images a product update must repeat to keep them (Medusa replaces a product's image list). */
export function listingImages(images: unknown): ListingImageRecord[] {
  return ((images ?? []) as ({ id: string; url: string; metadata?: Record<string, unknown> | null } | null)[])
    .filter((image): image is { id: string; url: string; metadata?: Record<string, unknown> | null } => !!image)
    .map((image) => ({ id: image.id, url: image.url, metadata: image.metadata ?? {} }))
}
