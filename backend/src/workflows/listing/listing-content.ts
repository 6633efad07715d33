/** The product option whose values name a listing's variants, its packagings ("Hộp 200 g"). */
export const PACKAGING_OPTION = "Quy cách"

/** What a producer writes about a listing; the English texts and the OCOP product set live in product metadata. */
export type ListingContent = {
  title?: string
  title_en?: string | null
  subtitle?: string | null
  description?: string | null
  description_en?: string | null
  product_set?: number
}

export type ListingVariantInput = { title: string; sku?: string | null; price: number; stock: number }

export type ListingOriginInput = { province_code: string; commune_code: string; growing_area_code?: string | null }

const METADATA_KEYS = ["title_en", "description_en", "product_set"] as const

/**
 * The product fields and metadata of a listing's content. Medusa merges the metadata into what the
 * product had, and removes a key set to "": that is how `drop` clears one.
 */
export function listingProductData(content: ListingContent, drop: string[] = []) {
  const dropped = Object.fromEntries(drop.map((key) => [key, ""]))
  const written = Object.fromEntries(
    METADATA_KEYS.filter((key) => content[key] !== undefined).map((key) => [key, content[key]])
  )
  return {
    ...(content.title !== undefined ? { title: content.title } : {}),
    ...(content.subtitle !== undefined ? { subtitle: content.subtitle } : {}),
    ...(content.description !== undefined ? { description: content.description } : {}),
    metadata: { ...written, ...dropped },
  }
}

export const vndPrices = (amount: number) => [{ currency_code: "vnd", amount }]
