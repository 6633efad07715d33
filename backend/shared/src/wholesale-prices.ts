/**
 * How wholesale tiers become prices: each tier is a price of the producer's wholesale price list
 * from its `min_quantity` up to one below the next tier's (the last one has no upper bound), and a
 * verified buyer's line may hold up to MAX_WHOLESALE_LINE_QUANTITY units (the consumer's 99 does not apply).
 */
import type { WholesaleTier } from "./wholesale"

/** The most of one variant a wholesale line may hold (stock still decides below it). */
export const MAX_WHOLESALE_LINE_QUANTITY = 10_000

/** A tier with the quantities it prices: from `min_quantity` to `max_quantity` (null: no upper bound). */
export type WholesaleTierRange = WholesaleTier & { max_quantity: number | null }

/** The tiers in ascending order of quantity, each ending one unit before the next begins. */
export function tierRanges(tiers: WholesaleTier[]): WholesaleTierRange[] {
  const sorted = [...tiers].sort((a, b) => a.min_quantity - b.min_quantity)
  return sorted.map((tier, i) => ({
    min_quantity: tier.min_quantity,
    amount: tier.amount,
    max_quantity: i + 1 < sorted.length ? sorted[i + 1].min_quantity - 1 : null,
  }))
}

/** The next tier above `quantity` (what buying more would unlock), or undefined when none is left. */
export function nextTier(tiers: WholesaleTier[], quantity: number): WholesaleTier | undefined {
  return [...tiers].sort((a, b) => a.min_quantity - b.min_quantity).find((tier) => tier.min_quantity > quantity)
}
