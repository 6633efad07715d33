const formatters = new Map<string, Intl.DateTimeFormat>()

// Decisions are dated in Vietnam; read in a server's UTC, a date stored at Vietnamese midnight
// would show as the day before.
const TIME_ZONE = "Asia/Ho_Chi_Minh"

/** A calendar date as readers of `locale` expect it: `15/03/2024` (vi), `15 Mar 2024` (en). */
export function formatDate(value: string | Date, locale: string): string {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter =
      locale === "vi"
        ? new Intl.DateTimeFormat("vi-VN", {
            day: "2-digit",
            month: "2-digit",
            year: "numeric",
            timeZone: TIME_ZONE,
          })
        : new Intl.DateTimeFormat("en-GB", {
            day: "numeric",
            month: "short",
            year: "numeric",
            timeZone: TIME_ZONE,
          })
    formatters.set(locale, formatter)
  }
  return formatter.format(typeof value === "string" ? new Date(value) : value)
}

/** The ISO date (yyyy-MM-dd) in Vietnam, for `<time dateTime>`. */
export function isoDate(value: string | Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(
    typeof value === "string" ? new Date(value) : value
  )
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>()

/** A moment in Vietnam's time, for deadlines: `14:30 16/03/2024` (vi), `16 Mar 2024, 14:30` (en). */
export function formatDateTime(value: string | Date, locale: string): string {
  let formatter = dateTimeFormatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
      day: locale === "vi" ? "2-digit" : "numeric",
      month: locale === "vi" ? "2-digit" : "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: TIME_ZONE,
    })
    dateTimeFormatters.set(locale, formatter)
  }
  return formatter.format(typeof value === "string" ? new Date(value) : value)
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>()

/**
 * The month of a Vietnam calendar day (`YYYY-MM-DD`): `tháng 3/2026` (vi), `March 2026` (en). Read
 * from the day's own digits, so no time zone can move it into the month before.
 */
export function formatMonth(day: string, locale: string): string {
  const [year, month] = day.split("-").map(Number)
  if (locale === "vi") return `tháng ${month}/${year}`
  let formatter = monthFormatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" })
    monthFormatters.set(locale, formatter)
  }
  return formatter.format(new Date(Date.UTC(year, month - 1, 1)))
}
