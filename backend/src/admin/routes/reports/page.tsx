import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import {
  isIndicatorCode,
  TREND_INTERVALS,
  vietnamDate,
  type IndicatorCode,
  type TargetProgressView,
  type TrendInterval,
} from "@ocop/shared"
import { Link } from "react-router-dom"
import { DrillDown } from "../../components/reports/drill-down"
import { ExportLinks } from "../../components/reports/export-links"
import { PlanPicker } from "../../components/reports/plan-picker"
import { ReportFilters } from "../../components/reports/report-filters"
import { TargetsSection } from "../../components/reports/targets-section"
import { TrendChart } from "../../components/reports/trend-chart"
import { useProvinces } from "../../lib/ocop-queries"
import { drillParams, type DrillScope } from "../../lib/report-drilldown"
import { usePlanProgress, usePlans } from "../../lib/report-queries"
import { useUrlParams } from "../../lib/use-page-params"
import {
  defaultPlanId,
  REPORT_FILTER_NAMES,
  reportFilters,
  SALES_EXPORT_BY,
  type ReportFilters as ReportFilterValues,
  type ReportPageParam,
  type SalesExportBy,
} from "../../lib/report-url"

const backendUrl = import.meta.env.VITE_BACKEND_URL || "/"

/**
 * "Báo cáo OCOP": the chosen plan's targets against the marketplace's own records, a trend, the
 * rows behind each figure and the exports. Every choice lives in the URL, so a view can be shared.
 */
const ReportsPage = () => {
  const [searchParams, setParams] = useUrlParams()
  const param = (name: ReportPageParam) => searchParams.get(name) ?? undefined
  const update = (changes: Partial<Record<ReportPageParam, string | undefined>>) => setParams(changes)

  const plans = usePlans()
  const provinces = useProvinces()
  const provinceNames = Object.fromEntries((provinces.data ?? []).map((province) => [province.code, province.name]))
  const planId = param("plan") ?? defaultPlanId(plans.data ?? [])
  const now = new Date()
  const urlFilters = Object.fromEntries(REPORT_FILTER_NAMES.map((name) => [name, param(name)])) as ReportFilterValues
  const progress = usePlanProgress(planId, urlFilters.to)
  const plan = progress.data?.plan ?? plans.data?.find((candidate) => candidate.id === planId)
  const filters = plan ? reportFilters(plan, urlFilters, vietnamDate(now)) : urlFilters

  const targets = progress.data?.targets ?? []
  const requested = param("indicator")
  const indicator: IndicatorCode | undefined =
    requested && isIndicatorCode(requested) ? requested : (targets.find((t) => t.indicator)?.indicator ?? undefined)
  const interval = (TREND_INTERVALS as readonly string[]).includes(param("interval") ?? "")
    ? (param("interval") as TrendInterval)
    : "year"
  const salesBy = (SALES_EXPORT_BY as readonly string[]).includes(param("sales_by") ?? "")
    ? (param("sales_by") as SalesExportBy)
    : "group"
  const scope: DrillScope = {
    province_code: plan?.province_code ?? "",
    district: param("district"),
    commune_code: param("commune_code"),
    commune_name: param("commune_name"),
    producer_id: param("producer_id"),
    producer_name: param("producer_name"),
  }
  const provinceName = plan ? (provinceNames[plan.province_code] ?? plan.province_code) : ""

  const scopeName = (target: TargetProgressView) =>
    target.scope_kind === "province" ? (provinceNames[target.scope_code] ?? target.scope_code) : target.scope_code
  // A figure opens the drill-down of its indicator, inside the target's own scope.
  const openTarget = (target: TargetProgressView) => {
    update({
      indicator: target.indicator ?? undefined,
      ...drillParams({
        province_code: scope.province_code,
        district: target.scope_kind === "district" ? target.scope_code : undefined,
        commune_code: target.scope_kind === "commune" ? target.scope_code : undefined,
      }),
    })
    requestAnimationFrame(() => document.getElementById("report-drill")?.focus())
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Báo cáo OCOP (OCOP reports)</Heading>
          <Text size="small" className="text-ui-fg-subtle max-w-3xl">
            Kết quả thực hiện kế hoạch OCOP tính từ dữ liệu của sàn: chứng nhận, chủ thể, sự kiện xúc tiến và doanh số
            (giờ Việt Nam).
          </Text>
        </div>
        <Link
          to="/reports/plans"
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small"
        >
          Sửa kế hoạch (Edit plans)
        </Link>
      </div>
      {plans.error && (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {plans.error.message}
        </Text>
      )}
      {plans.data && plans.data.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Chưa có kế hoạch nào (No plans yet).
        </Text>
      )}
      {plans.data && plans.data.length > 0 && (
        <PlanPicker
          plans={plans.data}
          planId={planId}
          provinceNames={provinceNames}
          onChange={(id) => update({ plan: id, ...drillParams({ province_code: "" }) })}
        />
      )}
      {plan && (
        <>
          <ReportFilters values={filters} onChange={(name, value) => update({ [name]: value })} />
          {progress.error ? (
            <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
              {progress.error.message}
            </Text>
          ) : progress.isLoading ? (
            <Text size="small" role="status" className="px-6 py-4">
              Đang tải…
            </Text>
          ) : (
            <TargetsSection targets={targets} scopeName={scopeName} now={now} onOpen={openTarget} />
          )}
          {indicator && (
            <>
              <TrendChart
                indicator={indicator}
                interval={interval}
                filters={filters}
                onIndicatorChange={(code) => update({ indicator: code })}
                onIntervalChange={(value) => update({ interval: value })}
              />
              <DrillDown
                indicator={indicator}
                scope={scope}
                provinceName={provinceName}
                filters={filters}
                onScopeChange={(next) => update(drillParams(next))}
              />
            </>
          )}
          <ExportLinks
            backendUrl={backendUrl}
            planId={plan.id}
            filters={filters}
            salesBy={salesBy}
            onSalesByChange={(by) => update({ sales_by: by })}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Báo cáo OCOP",
  icon: ChartBar,
})

export const handle = {
  breadcrumb: () => "Báo cáo OCOP",
}

export default ReportsPage
