/**
 * The month grid of the booking calendar: weeks from Monday (as calendars in Vietnam print them),
 * days as `YYYY-MM-DD` on the calendar itself, so no time zone enters the grid.
 */

const DAY_MS = 24 * 60 * 60 * 1000

export type MonthGrid = { month: string; from: string; to: string; weeks: (string | null)[][] }

const iso = (utcMs: number) => new Date(utcMs).toISOString().slice(0, 10)

/** The month `delta` months after `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, index] = month.split("-").map(Number)
  return iso(Date.UTC(year, index - 1 + delta, 1)).slice(0, 7)
}

/** The month's days in weeks of seven, Monday first, with null where a week runs into another month. */
export function monthGrid(month: string): MonthGrid {
  const [year, index] = month.split("-").map(Number)
  const first = Date.UTC(year, index - 1, 1)
  const days = Math.round((Date.UTC(year, index, 1) - first) / DAY_MS)
  const lead = (new Date(first).getUTCDay() + 6) % 7
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, day) => iso(first + day * DAY_MS)),
  ]
  while (cells.length % 7) cells.push(null)
  const weeks = Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7))
  return { month, from: iso(first), to: iso(first + (days - 1) * DAY_MS), weeks }
}

/** The day a key moves the calendar's focus to (arrows by day and week, Home/End within the week, Page by month). */
export function dayAfterKey(day: string, key: string): string | undefined {
  const at = Date.parse(`${day}T00:00:00Z`)
  const weekday = (new Date(at).getUTCDay() + 6) % 7
  const by = (days: number) => iso(at + days * DAY_MS)
  switch (key) {
    case "ArrowLeft":
      return by(-1)
    case "ArrowRight":
      return by(1)
    case "ArrowUp":
      return by(-7)
    case "ArrowDown":
      return by(7)
    case "Home":
      return by(-weekday)
    case "End":
      return by(6 - weekday)
    case "PageUp":
    case "PageDown": {
      const month = shiftMonth(day.slice(0, 7), key === "PageUp" ? -1 : 1)
      const { to } = monthGrid(month)
      // The same date in the other month, or its last day when it is shorter (31 March → 30 April).
      const wanted = `${month}-${day.slice(8)}`
      return wanted > to ? to : wanted
    }
    default:
      return undefined
  }
}
