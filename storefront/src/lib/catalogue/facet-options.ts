/** The six OCOP product groups and the product sets (1–26) each holds. */
export const PRODUCT_GROUP_SETS = {
  I: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  II: [14, 15, 16, 17],
  III: [18, 19, 20],
  IV: [21, 22],
  V: [23, 24, 25],
  VI: [26],
} as const satisfies Record<string, readonly number[]>

export type ProductGroup = keyof typeof PRODUCT_GROUP_SETS
export const PRODUCT_GROUPS = Object.keys(PRODUCT_GROUP_SETS) as ProductGroup[]

export function isProductGroup(value: string): value is ProductGroup {
  return Object.hasOwn(PRODUCT_GROUP_SETS, value)
}

export function groupOfProductSet(productSet: number): ProductGroup | null {
  return PRODUCT_GROUPS.find((group) => (PRODUCT_GROUP_SETS[group] as readonly number[]).includes(productSet)) ?? null
}

/** Star filters: ★3 and above (every certified product), ★4 and above, ★5. */
export const STAR_LEVELS = [3, 4, 5] as const
export type StarLevel = (typeof STAR_LEVELS)[number]

/** Price bands in VND; `to` is exclusive, as in the search engine's range facets. */
export const PRICE_BANDS = [
  { key: "under-100k", from: undefined, to: 100_000 },
  { key: "100k-300k", from: 100_000, to: 300_000 },
  { key: "300k-600k", from: 300_000, to: 600_000 },
  { key: "over-600k", from: 600_000, to: undefined },
] as const
export type PriceBandKey = (typeof PRICE_BANDS)[number]["key"]

export const SORT_KEYS = ["relevance", "price_asc", "price_desc", "stars", "newest"] as const
export type SortKey = (typeof SORT_KEYS)[number]

export const SORT_ORDERS: Record<SortKey, Record<string, "ASC" | "DESC"> | undefined> = {
  relevance: undefined,
  price_asc: { price_min: "ASC" },
  price_desc: { price_min: "DESC" },
  stars: { stars: "DESC" },
  newest: { created_at: "DESC" },
}

export const PAGE_SIZE = 24
