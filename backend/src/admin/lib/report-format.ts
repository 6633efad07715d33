import {
  COMPARISON_SIGNS,
  INDICATORS,
  type IndicatorCode,
  type IndicatorUnit,
  type PlanTargetView,
  type TrendInterval,
} from "@ocop/shared"
import { formatDate, formatVnd } from "./ocop-labels"

const countFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 })
const shareFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 })

/** A count as officials print it: "1.250". */
export const formatCount = (value: number) => countFormat.format(value)

/** A share given as 0–100: "12,5 %" (a no-break space before the sign, as Intl puts before ₫). */
export const formatShare = (value: number) => `${shareFormat.format(value)}\u00a0%`

/** A figure in its indicator's unit; "–" when there is none. */
export function formatIndicatorValue(unit: IndicatorUnit, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–"
  if (unit === "vnd") return formatVnd(Math.round(value))
  if (unit === "share") return formatShare(value)
  return formatCount(value)
}

export const indicatorUnit = (code: IndicatorCode): IndicatorUnit => INDICATORS[code].unit

/** "Tỷ lệ chủ thể do phụ nữ làm chủ (Women-led producers)". */
export const indicatorLabel = (code: IndicatorCode) => `${INDICATORS[code].vi} (${INDICATORS[code].en})`

/** What a share divides: "12 / 40"; empty when the figure is not a fraction. */
export function formatFraction(numerator: number | null, denominator: number | null): string {
  if (numerator === null || denominator === null) return ""
  return `${formatCount(numerator)} / ${formatCount(denominator)}`
}

/** A target as the plan states it: "≥ 40 % trước 31/12/2025"; the plan's own words for a text-only one. */
export function targetSentence(
  target: Pick<PlanTargetView, "indicator" | "comparison" | "value" | "deadline" | "text_vi">
) {
  if (!target.indicator || !target.comparison || target.value === null) return target.text_vi
  const value = formatIndicatorValue(indicatorUnit(target.indicator), target.value)
  return `${COMPARISON_SIGNS[target.comparison]} ${value} trước ${formatDate(target.deadline)}`
}

/** A trend's period key (`2026-03`, `2026-Q1`, `2026`) as an axis label: "T3/2026", "Q1/2026", "2026". */
export function formatPeriod(period: string, interval: TrendInterval): string {
  if (interval === "month") return `T${Number(period.slice(5, 7))}/${period.slice(0, 4)}`
  if (interval === "quarter") return `${period.slice(5)}/${period.slice(0, 4)}`
  return period
}
