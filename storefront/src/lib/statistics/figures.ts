import type { OcopStatisticsView } from "@ocop/shared"
import type { Locale } from "@/i18n/routing"

const TAGS: Record<Locale, string> = { vi: "vi-VN", en: "en-US" }

/** A count as the page's language writes it: "1.250" in Vietnamese, "1,250" in English. */
export const formatCount = (value: number, locale: Locale) => new Intl.NumberFormat(TAGS[locale]).format(value)

/**
 * `part` of `whole` as a percentage with one decimal: "32,7 %" in Vietnamese, "32.7%" in English;
 * "–" when there is no whole to divide.
 */
export function formatShareOf(part: number, whole: number, locale: Locale): string {
  if (whole <= 0) return "–"
  const number = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 1 }).format((part / whole) * 100)
  return locale === "vi" ? `${number}\u00a0%` : `${number}%`
}

/** A calendar day (`YYYY-MM-DD`) written out: "7 tháng 12, 2026" / "December 7, 2026". */
export const formatDay = (day: string, locale: Locale) =>
  new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`))

/** The province the URL asks for, when shaped like a province code; else none, and the backend chooses. */
export function chosenProvince(requested: string | string[] | undefined): string | undefined {
  return typeof requested === "string" && /^\d{2}$/.test(requested) ? requested : undefined
}

/** The district table's totals, which equal the province's own (every record has one row). */
export function districtTotals(districts: OcopStatisticsView["districts"]) {
  return districts.reduce(
    (totals, row) => ({ products: totals.products + row.products, producers: totals.producers + row.producers }),
    { products: 0, producers: 0 }
  )
}
