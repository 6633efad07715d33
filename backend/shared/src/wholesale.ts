/**
 * Wholesale rules both sides apply: a variant's wholesale minimum and case pack (kept in its
 * metadata as `wholesale_min_quantity` and `case_pack`), the tier that prices a quantity, and what a
 * producer's part of a wholesale cart still lacks to reach that producer's minimum order value.
 */

/** A wholesale price from a quantity on, in VND. */
export type WholesaleTier = { min_quantity: number; amount: number }

export type WholesaleTerms = { min_quantity: number; case_pack: number }

const positiveWhole = (value: unknown): number | undefined => {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value
  return typeof number === "number" && Number.isInteger(number) && number >= 1 ? number : undefined
}

/** A variant's wholesale minimum and case pack from its metadata; 1 where unset or not a positive whole number. */
export function wholesaleTerms(metadata: Record<string, unknown> | null | undefined): WholesaleTerms {
  return {
    min_quantity: positiveWhole(metadata?.wholesale_min_quantity) ?? 1,
    case_pack: positiveWhole(metadata?.case_pack) ?? 1,
  }
}

export type WholesaleQuantityProblem = "below_minimum" | "not_case_multiple"

/** Why a wholesale quantity of a variant cannot be ordered, or undefined when it can. */
export function wholesaleQuantityProblem(
  terms: WholesaleTerms,
  quantity: number
): WholesaleQuantityProblem | undefined {
  if (quantity < terms.min_quantity) return "below_minimum"
  if (quantity % terms.case_pack !== 0) return "not_case_multiple"
  return undefined
}

/** The tier that prices `quantity` (the one with the highest minimum at or below it), or undefined below every tier. */
export function tierFor(tiers: WholesaleTier[], quantity: number): WholesaleTier | undefined {
  return tiers
    .filter((tier) => tier.min_quantity <= quantity)
    .reduce<WholesaleTier | undefined>(
      (best, tier) => (!best || tier.min_quantity > best.min_quantity ? tier : best),
      undefined
    )
}

/**
 * Why a producer's wholesale tiers cannot be saved, naming the field, or undefined when they can:
 * each tier starts above 1 unit, at a distinct quantity, and is priced above 0 and at most the retail price.
 */
export function wholesaleTiersProblem(tiers: WholesaleTier[], retailAmount: number): string | undefined {
  const seen = new Set<number>()
  for (const [i, tier] of tiers.entries()) {
    if (!Number.isInteger(tier.min_quantity) || tier.min_quantity <= 1)
      return `tiers.${i}.min_quantity: a wholesale tier starts at 2 units or more`
    if (seen.has(tier.min_quantity)) return `tiers.${i}.min_quantity: two tiers start at ${tier.min_quantity} units`
    seen.add(tier.min_quantity)
    if (!Number.isInteger(tier.amount) || tier.amount <= 0)
      return `tiers.${i}.amount: a price is a whole number of đồng above 0`
    if (tier.amount > retailAmount) return `tiers.${i}.amount: ${tier.amount} is above the retail price ${retailAmount}`
  }
  return undefined
}

/** What a producer's part of a wholesale cart lacks to reach that producer's minimum order value (0 when met). */
export function missingToMinimum(subtotal: number, minimumOrderValue: number | null | undefined): number {
  return Math.max(0, (minimumOrderValue ?? 0) - subtotal)
}

/** Ageing buckets of an overdue invoice by days past its due date, as the ledger reports them. */
export const AGEING_BUCKETS = ["current", "1_30", "31_60", "61_90", "over_90"] as const
export type AgeingBucket = (typeof AGEING_BUCKETS)[number]

/** The bucket of an open invoice `daysOverdue` days past due (0 or less: not yet due). */
export function ageingBucket(daysOverdue: number): AgeingBucket {
  if (daysOverdue <= 0) return "current"
  if (daysOverdue <= 30) return "1_30"
  if (daysOverdue <= 60) return "31_60"
  if (daysOverdue <= 90) return "61_90"
  return "over_90"
}
