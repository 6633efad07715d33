import { vietnamDay } from "./vietnam-time"
import { AGEING_BUCKETS, ageingBucket, type AgeingBucket } from "./wholesale"

// The công nợ ledger: one invoice per producer order a verified company placed on terms.

export const INVOICE_STATUSES = ["open", "paid", "cancelled"] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

/** Invoice references start with this (hóa đơn), then 8 symbols: "HD7KQ2M9XA". Bank transfers quote it. */
export const INVOICE_REFERENCE_PREFIX = "HD"

/**
 * Whole days an invoice is past due on `today`, by Vietnam's calendar: 0 on its due day and
 * before it (not yet overdue), 1 the day after. An invoice without a due date (not yet
 * delivered) is never overdue.
 */
export function daysOverdue(dueAt: Date | string | null | undefined, today: Date): number {
  if (!dueAt) return 0
  return Math.max(0, vietnamDay(today) - vietnamDay(new Date(dueAt)))
}

/** What a company owes, by ageing bucket ("current" = not yet due, or not yet delivered). */
export type AgeingSummary = Record<AgeingBucket, number> & { open: number; overdue: number }

export const emptyAgeing = (): AgeingSummary =>
  Object.fromEntries([...AGEING_BUCKETS.map((b) => [b, 0]), ["open", 0], ["overdue", 0]]) as AgeingSummary

/** Sums what is still owed on each open invoice into its bucket on `today`. */
export function ageingSummary(
  invoices: { status: string; amount: number; paid_amount: number; due_at: Date | string | null }[],
  today: Date
): AgeingSummary {
  const summary = emptyAgeing()
  for (const invoice of invoices) {
    if (invoice.status !== "open") continue
    const owed = invoice.amount - invoice.paid_amount
    const bucket = ageingBucket(daysOverdue(invoice.due_at, today))
    summary[bucket] += owed
    summary.open += owed
    if (bucket !== "current") summary.overdue += owed
  }
  return summary
}
