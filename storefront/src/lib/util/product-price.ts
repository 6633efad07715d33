import type { HttpTypes } from "@medusajs/types"

export type VariantPrice = { amount: number; currencyCode: string }

/** The variant's price in the region it was fetched for, or null when it has none there. */
export function variantPrice(variant: HttpTypes.StoreProductVariant): VariantPrice | null {
  const price = variant.calculated_price
  if (price?.calculated_amount == null || !price.currency_code) return null
  return { amount: price.calculated_amount, currencyCode: price.currency_code }
}

/** Variants in the order the producer ranked them. */
export function rankedVariants(product: HttpTypes.StoreProduct): HttpTypes.StoreProductVariant[] {
  return [...(product.variants ?? [])].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
}

/** The cheapest variant's price, and whether other variants cost more ("from …"). */
export function lowestPrice(product: HttpTypes.StoreProduct): (VariantPrice & { varies: boolean }) | null {
  const prices = (product.variants ?? []).map(variantPrice).filter((price): price is VariantPrice => price !== null)
  if (prices.length === 0) return null

  const lowest = prices.reduce((min, price) => (price.amount < min.amount ? price : min))
  return { ...lowest, varies: prices.some((price) => price.amount !== lowest.amount) }
}
