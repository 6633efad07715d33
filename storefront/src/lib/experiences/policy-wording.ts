import type { CancellationTier } from "@ocop/shared"

/**
 * A cancellation policy as sentences to word: each tier "`percent` % back until `days` days before",
 * then what is left after the last deadline (nothing back, unless a tier reaches the start itself).
 * Tiers that give nothing back add nothing a reader needs.
 */
export type PolicyClause =
  | { kind: "refund_until"; percent: number; days: number }
  | { kind: "no_refund_after"; days: number }
  | { kind: "no_refund" }

export function policyClauses(policy: CancellationTier[]): PolicyClause[] {
  const refunding = [...policy].filter((tier) => tier.refund_percent > 0).sort((a, b) => b.days_before - a.days_before)
  if (!refunding.length) return [{ kind: "no_refund" }]
  const clauses: PolicyClause[] = refunding.map((tier) => ({
    kind: "refund_until",
    percent: tier.refund_percent,
    days: tier.days_before,
  }))
  const last = refunding[refunding.length - 1]
  return last.days_before > 0 ? [...clauses, { kind: "no_refund_after", days: last.days_before }] : clauses
}
