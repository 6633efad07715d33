import { Heading, Table, Text } from "@medusajs/ui"
import { INDICATORS, type IndicatorCode } from "@ocop/shared"
import { Link } from "react-router-dom"
import { DRILL_LEVEL_LABELS, drillCrumbs, drillInto, drillLevel, type DrillScope } from "../../lib/report-drilldown"
import { formatFraction, formatIndicatorValue } from "../../lib/report-format"
import { useIndicatorBreakdown } from "../../lib/report-queries"
import type { ReportFilters } from "../../lib/report-url"

type DrillDownProps = {
  indicator: IndicatorCode
  scope: DrillScope
  provinceName: string
  filters: ReportFilters
  onScopeChange: (scope: DrillScope) => void
}

/**
 * The rows behind a figure: the province's former districts, a district's communes, a commune's
 * producers, a producer's products. Each figure opens the level below; the breadcrumb goes back up.
 */
export const DrillDown = ({ indicator, scope, provinceName, filters, onScopeChange }: DrillDownProps) => {
  const level = drillLevel(scope)
  const breakdown = useIndicatorBreakdown(indicator, level, filters)
  const unit = INDICATORS[indicator].unit
  const crumbs = drillCrumbs(scope, provinceName)
  const rows = breakdown.data?.rows ?? []
  return (
    <section aria-labelledby="report-drill" className="flex flex-col gap-y-3 py-4">
      <div className="px-6">
        <Heading level="h2" id="report-drill" tabIndex={-1}>
          {`Chi tiết: ${INDICATORS[indicator].vi}`}
        </Heading>
        <nav aria-label="Cấp địa bàn (Breadcrumb)" className="mt-1">
          <ol className="flex flex-wrap items-center gap-x-1" data-testid="report-drill-breadcrumb">
            {crumbs.map((crumb, i) => (
              <li key={crumb.label} className="flex items-center gap-x-1">
                {i > 0 && <span aria-hidden="true">›</span>}
                {i === crumbs.length - 1 ? (
                  <Text size="small" weight="plus" aria-current="location">
                    {crumb.label}
                  </Text>
                ) : (
                  <button
                    type="button"
                    className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover rounded outline-none focus-visible:shadow-borders-focus"
                    onClick={() => onScopeChange(crumb.scope)}
                  >
                    {crumb.label}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </nav>
      </div>
      {breakdown.error ? (
        <Text size="small" role="alert" className="text-ui-fg-error px-6">
          {breakdown.error.message}
        </Text>
      ) : breakdown.isLoading ? (
        <Text size="small" role="status" className="px-6">
          Đang tải…
        </Text>
      ) : rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6">
          Không có dòng nào (No rows).
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table aria-label={`${DRILL_LEVEL_LABELS[level].vi} (${DRILL_LEVEL_LABELS[level].en})`}>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{`${DRILL_LEVEL_LABELS[level].vi} (${DRILL_LEVEL_LABELS[level].en})`}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Giá trị (Value)</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Tử số / mẫu số</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => {
                const next = drillInto(scope, row)
                const value = formatIndicatorValue(unit, row.value)
                return (
                  <Table.Row key={`${row.level}:${row.code}`} data-testid="report-drill-row" data-level={row.level}>
                    <Table.Cell>{row.name}</Table.Cell>
                    <Table.Cell className="text-right">
                      {next ? (
                        <button
                          type="button"
                          onClick={() => onScopeChange(next)}
                          className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover rounded outline-none focus-visible:shadow-borders-focus"
                          aria-label={`${row.name}: ${value}, xem ${DRILL_LEVEL_LABELS[drillLevel(next)].vi.toLowerCase()}`}
                        >
                          {value}
                        </button>
                      ) : (
                        <Link
                          to={`/products/${encodeURIComponent(row.code)}`}
                          className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                        >
                          {value}
                        </Link>
                      )}
                    </Table.Cell>
                    <Table.Cell className="text-ui-fg-subtle text-right">
                      {formatFraction(row.numerator, row.denominator) || "–"}
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  )
}
