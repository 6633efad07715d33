// Vietnam keeps UTC+7 all year (no daylight saving): a day there starts at 17:00 UTC the day before.
// Every "today", "this month" and "until the end of that day" of the marketplace is on this calendar.
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The date in Vietnam of `at`, as `YYYY-MM-DD`. */
export const vietnamDate = (at: Date): string => new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)

/** The calendar day in Vietnam of `at`, as a count of days since 1970-01-01. */
export const vietnamDay = (at: Date): number => Math.floor((at.getTime() + VIETNAM_OFFSET_MS) / DAY_MS)

/** The instant the day of `now` began in Vietnam. */
export const startOfVietnamDay = (now: Date): Date => new Date(vietnamDay(now) * DAY_MS - VIETNAM_OFFSET_MS)

/** The instant the calendar month of `now` began in Vietnam. */
export function vietnamMonthStart(now = new Date()): Date {
  const vietnam = new Date(now.getTime() + VIETNAM_OFFSET_MS)
  return new Date(Date.UTC(vietnam.getUTCFullYear(), vietnam.getUTCMonth(), 1) - VIETNAM_OFFSET_MS)
}

/** The last millisecond of `day` (`YYYY-MM-DD`) in Vietnam; undefined for no real day. */
export function endOfVietnamDay(day: string): Date | undefined {
  const match = CALENDAR_DAY.exec(day)
  if (!match) return undefined
  const midnightUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  if (new Date(midnightUtc).toISOString().slice(0, 10) !== day) return undefined
  return new Date(midnightUtc - VIETNAM_OFFSET_MS + DAY_MS - 1)
}
