/**
 * Caching, decided. Every page renders per request, since its HTML carries the CSP nonce that
 * `src/proxy.ts` makes for that request; what the public pages read from the backend (products,
 * producers, origins, catalogue searches, the region) is kept across requests under a tag, until the
 * backend reports a change to it through `POST /api/revalidate`. What a shopper or producer reads
 * about themselves (cart, account, orders, portal) is never kept.
 */
import { PUBLIC_CACHE_TAGS, type PublicCacheTag } from "@ocop/shared"

export const TAGS = {
  /**
   * Products, their prices, stock and OCOP records, their producers, the search index built from
   * them; the region; published experiences (not their calendars: vacancies change with every hold).
   */
  ...PUBLIC_CACHE_TAGS,
  /** Priced shipping options, expired by every cart mutation (lib/cart/invalidate-cart.ts). */
  carts: "carts",
} as const

/** A tag of public data, which the backend may expire. */
export type StorefrontPublicTag = PublicCacheTag

/** The tags the backend may expire: the data of public pages. */
export const PUBLIC_TAGS: readonly StorefrontPublicTag[] = Object.values(PUBLIC_CACHE_TAGS)

/** Fetch options for public data, kept until the backend reports a change under `tag`. */
export function keptUnder(tag: StorefrontPublicTag): Pick<RequestInit, "cache" | "next"> {
  return { cache: "force-cache", next: { tags: [tag] } }
}
