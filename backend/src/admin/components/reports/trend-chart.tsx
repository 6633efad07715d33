import { Heading, Label, Select, Text } from "@medusajs/ui"
import {
  INDICATOR_CODES,
  INDICATORS,
  TREND_INTERVALS,
  type IndicatorCode,
  type IndicatorUnit,
  type TrendInterval,
} from "@ocop/shared"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { formatIndicatorValue, formatPeriod } from "../../lib/report-format"
import { useIndicatorTrend } from "../../lib/report-queries"
import type { ReportFilters } from "../../lib/report-url"

const INTERVAL_LABELS: Record<TrendInterval, string> = { month: "Tháng", quarter: "Quý", year: "Năm" }

type TrendChartProps = {
  indicator: IndicatorCode
  interval: TrendInterval
  filters: ReportFilters
  onIndicatorChange: (indicator: IndicatorCode) => void
  onIntervalChange: (interval: TrendInterval) => void
}

/** One indicator by month, quarter or year under the page's filters; the figures are also listed as text. */
export const TrendChart = ({ indicator, interval, filters, onIndicatorChange, onIntervalChange }: TrendChartProps) => {
  const trend = useIndicatorTrend(indicator, interval, filters)
  const unit: IndicatorUnit = INDICATORS[indicator].unit
  const points = (trend.data?.points ?? []).map((point) => ({ ...point, label: formatPeriod(point.period, interval) }))
  return (
    <section aria-labelledby="report-trend" className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2" id="report-trend">
        Diễn biến theo thời gian (Trend)
      </Heading>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="report-trend-indicator" size="xsmall" weight="plus">
            Chỉ số (Indicator)
          </Label>
          <Select size="small" value={indicator} onValueChange={(v) => onIndicatorChange(v as IndicatorCode)}>
            <Select.Trigger
              id="report-trend-indicator"
              data-testid="report-trend-indicator"
              className="w-96 max-w-full"
            >
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {INDICATOR_CODES.map((code) => (
                <Select.Item key={code} value={code}>
                  {INDICATORS[code].vi}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div role="group" aria-label="Kỳ (Interval)" className="bg-ui-bg-subtle flex gap-0.5 rounded-lg p-0.5">
          {TREND_INTERVALS.map((candidate) => (
            <button
              key={candidate}
              type="button"
              aria-pressed={candidate === interval}
              onClick={() => onIntervalChange(candidate)}
              className={
                candidate === interval
                  ? "txt-compact-small-plus bg-ui-bg-base shadow-elevation-card-rest rounded-md px-3 py-1.5 outline-none focus-visible:shadow-borders-focus"
                  : "txt-compact-small-plus text-ui-fg-subtle hover:text-ui-fg-base rounded-md px-3 py-1.5 outline-none focus-visible:shadow-borders-focus"
              }
            >
              {INTERVAL_LABELS[candidate]}
            </button>
          ))}
        </div>
      </div>
      {trend.error ? (
        <Text size="small" role="alert" className="text-ui-fg-error">
          {trend.error.message}
        </Text>
      ) : trend.isLoading ? (
        <Text size="small" role="status">
          Đang tải…
        </Text>
      ) : points.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          Không có số liệu trong kỳ (No figures in the period).
        </Text>
      ) : (
        <>
          <div className="h-64 w-full" aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                <YAxis
                  tick={{ fontSize: 12 }}
                  width={96}
                  tickFormatter={(value: number) => formatIndicatorValue(unit, value)}
                />
                <Tooltip formatter={(value) => formatIndicatorValue(unit, Number(value))} />
                <Bar dataKey="value" name={INDICATORS[indicator].vi} fill="var(--fg-interactive, #3b82f6)" />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="sr-only">
            <caption>{INDICATORS[indicator].vi}</caption>
            <tbody>
              {points.map((point) => (
                <tr key={point.period}>
                  <th scope="row">{point.label}</th>
                  <td>{formatIndicatorValue(unit, point.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
