/**
 * How the backend tells the storefront that public data changed: it posts `{ tags }` to the
 * storefront's `/api/revalidate`, signed in this header as `sha256=<hex HMAC-SHA256 of the body>`
 * with REVALIDATE_SECRET. Only these tags, the data of public pages, may be expired that way.
 */
export const PUBLIC_CACHE_TAGS = { catalogue: "catalogue", regions: "regions", experiences: "experiences" } as const
export type PublicCacheTag = (typeof PUBLIC_CACHE_TAGS)[keyof typeof PUBLIC_CACHE_TAGS]

export const REVALIDATION_SIGNATURE_HEADER = "x-ocop-signature"
