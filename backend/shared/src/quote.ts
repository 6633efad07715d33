/**
 * Requests for quote (RFQ) between a buyer company and one producer: their statuses, and when a
 * producer's answer stops being valid. `valid_until` is a calendar day in Vietnam (UTC+7, no
 * daylight saving): the answer holds until that day's last millisecond there.
 */

export const QUOTE_STATUSES = ["requested", "answered", "accepted", "rejected", "expired"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

export const QUOTE_AUTHORS = ["customer", "producer"] as const
export type QuoteAuthor = (typeof QUOTE_AUTHORS)[number]

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Today's date in Vietnam as `YYYY-MM-DD`. */
export const vietnamDate = (now: Date): string => new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)

/** The instant a quote valid until `day` (`YYYY-MM-DD`) expires: the end of that day in Vietnam; undefined for no real day. */
export function endOfVietnamDay(day: string): Date | undefined {
  const match = CALENDAR_DAY.exec(day)
  if (!match) return undefined
  const midnightUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  if (new Date(midnightUtc).toISOString().slice(0, 10) !== day) return undefined
  return new Date(midnightUtc - VIETNAM_OFFSET_MS + DAY_MS - 1)
}

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
