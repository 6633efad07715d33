import { endOfVietnamDay, SalesChannel, TrendInterval, periodKey } from "@ocop/shared"

/** The common report filters with the period settled (api/admin/ocop/reports/validators.ts checks them). */
export type ReportFilterValues = {
  from: string
  to: string
  province_code?: string
  // A former district's name.
  district?: string
  commune_code?: string
  producer_id?: string
  group?: string
  product_set?: number
  stars?: number
  channel?: SalesChannel
}

/**
 * A stretch of Vietnam calendar days, and the same days as instants: `start_at` is the first day's
 * 00:00 in Vietnam, `end_before` the 00:00 after the last day (timestamps compare `>= start_at`,
 * `< end_before`; sales facts compare their `day` text with the days).
 */
export type ReportPeriod = {
  key: string
  start_day: string
  end_day: string
  start_at: string
  end_before: string
  // The same days a year earlier (29 Feb becomes 28 Feb), for growth on a year before.
  prev_start_day: string
  prev_end_day: string
}

const DAY_MS = 24 * 3600_000

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)

function yearEarlier(day: string) {
  const year = Number(day.slice(0, 4)) - 1
  const shifted = `${year}${day.slice(4)}`
  return endOfVietnamDay(shifted) ? shifted : `${year}-02-28`
}

export function reportPeriod(key: string, start_day: string, end_day: string): ReportPeriod {
  return {
    key,
    start_day,
    end_day,
    start_at: new Date(endOfVietnamDay(start_day)!.getTime() + 1 - DAY_MS).toISOString(),
    end_before: new Date(endOfVietnamDay(end_day)!.getTime() + 1).toISOString(),
    prev_start_day: yearEarlier(start_day),
    prev_end_day: yearEarlier(end_day),
  }
}

/** The months, quarters or years from `from` to `to`, each cut to the two ends (`2026-03`, `2026-Q1`, `2026`). */
export function trendPeriods(from: string, to: string, interval: TrendInterval): ReportPeriod[] {
  const periods: ReportPeriod[] = []
  let start = from
  while (start <= to) {
    const key = periodKey(start, interval)
    let end = start
    // Walk to the last day of the bucket (at most a year of days, a few hundred steps at most per bucket).
    for (let next = nextDay(end); next <= to && periodKey(next, interval) === key; next = nextDay(next)) end = next
    periods.push(reportPeriod(key, start, end))
    start = nextDay(end)
  }
  return periods
}
