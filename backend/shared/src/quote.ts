/**
 * Requests for quote (RFQ) between a buyer company and one producer: their statuses, and when a
 * producer's answer stops being valid. `valid_until` is a calendar day in Vietnam (UTC+7, no
 * daylight saving): the answer holds until that day's last millisecond there.
 */

export const QUOTE_STATUSES = ["requested", "answered", "accepted", "rejected", "expired"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

export const QUOTE_AUTHORS = ["customer", "producer"] as const
export type QuoteAuthor = (typeof QUOTE_AUTHORS)[number]

/** The status a quote has at `now`: an answer past its `valid_until` is expired even before the job records it. */
export function quoteStatusAt(
  quote: { status: QuoteStatus; valid_until?: Date | string | null },
  now: Date
): QuoteStatus {
  if (quote.status !== "answered" || !quote.valid_until) return quote.status
  return new Date(quote.valid_until).getTime() < now.getTime() ? "expired" : "answered"
}

/** An expired, accepted or rejected quote is read-only: no messages, no answers. */
export const quoteIsOpen = (status: QuoteStatus) => status === "requested" || status === "answered"
