import type { PlanView } from "@ocop/shared"

/** The common report filters every report route takes (api/admin/ocop/reports/validators.ts). */
export const REPORT_FILTER_NAMES = [
  "from",
  "to",
  "province_code",
  "district",
  "commune_code",
  "producer_id",
  "group",
  "product_set",
  "stars",
  "channel",
] as const
export type ReportFilterName = (typeof REPORT_FILTER_NAMES)[number]
export type ReportFilters = Partial<Record<ReportFilterName, string>>

/** What the page keeps in its URL besides the filters: the plan, the trend's indicator and interval, crumb names. */
export const REPORT_PAGE_PARAMS = [
  ...REPORT_FILTER_NAMES,
  "plan",
  "indicator",
  "interval",
  "commune_name",
  "producer_name",
  "sales_by",
] as const
export type ReportPageParam = (typeof REPORT_PAGE_PARAMS)[number]

/** Sales exports group by one of these (the "facts" routes' `by`). */
export const SALES_EXPORT_BY = ["group", "product_set", "stars", "district", "producer", "channel", "month"] as const
export type SalesExportBy = (typeof SALES_EXPORT_BY)[number]

/**
 * The filters a report reads: the URL's, inside the plan's province, over the plan's period up to
 * `today` unless the URL names another.
 */
export function reportFilters(
  plan: Pick<PlanView, "province_code" | "period_start" | "period_end">,
  params: ReportFilters,
  today: string
): ReportFilters {
  const planEnd = plan.period_end.slice(0, 10)
  return {
    ...params,
    province_code: plan.province_code,
    from: params.from || plan.period_start.slice(0, 10),
    to: params.to || (planEnd < today ? planEnd : today),
  }
}

/** Only the filters that have a value, in a fixed order (stable query keys and links). */
export function definedFilters(filters: ReportFilters, names: readonly ReportFilterName[] = REPORT_FILTER_NAMES) {
  const defined: Record<string, string> = {}
  for (const name of names) {
    const value = filters[name]
    if (value !== undefined && value !== "") defined[name] = value
  }
  return defined
}

/** A backend address with its query: `base` is the admin's backend URL ("/" when it serves the admin). */
export function reportHref(base: string, path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== "") search.set(name, value)
  const text = search.toString()
  return `${base.replace(/\/+$/, "")}${path}${text ? `?${text}` : ""}`
}

export type ExportLink = { key: string; label: string; href: string }

/**
 * The downloads of the current view: sales by the chosen grouping (XLSX, CSV) with every filter,
 * the plan's targets against actuals on the period's last day, the register of certified products
 * on that day, and the promotion events of the period.
 */
export function exportLinks(
  base: string,
  planId: string,
  filters: ReportFilters,
  salesBy: SalesExportBy
): ExportLink[] {
  const all = definedFilters(filters)
  const asOf = filters.to
  return [
    {
      key: "sales-xlsx",
      label: "Doanh số (XLSX)",
      href: reportHref(base, "/admin/ocop/reports/sales.xlsx", { by: salesBy, ...all }),
    },
    {
      key: "sales-csv",
      label: "Doanh số (CSV)",
      href: reportHref(base, "/admin/ocop/reports/sales.csv", { by: salesBy, ...all }),
    },
    {
      key: "progress-xlsx",
      label: "Chỉ tiêu và kết quả (XLSX)",
      href: reportHref(base, `/admin/ocop/reports/plans/${encodeURIComponent(planId)}/progress.xlsx`, { as_of: asOf }),
    },
    {
      key: "register-xlsx",
      label: "Danh mục sản phẩm OCOP (XLSX)",
      href: reportHref(base, "/admin/ocop/reports/register.xlsx", {
        province_code: filters.province_code,
        as_of: asOf,
      }),
    },
    {
      key: "events-xlsx",
      label: "Sự kiện xúc tiến (XLSX)",
      href: reportHref(base, "/admin/ocop/promotion-events/export.xlsx", { from: filters.from, to: filters.to }),
    },
  ]
}

/** The plan the page opens on: the newest (latest start) of the first listed plan's province. */
export function defaultPlanId(plans: Pick<PlanView, "id" | "province_code" | "period_start">[]): string | undefined {
  const province = plans[0]?.province_code
  return plans
    .filter((plan) => plan.province_code === province)
    .reduce<(typeof plans)[number] | undefined>(
      (newest, plan) => (!newest || plan.period_start > newest.period_start ? plan : newest),
      undefined
    )?.id
}
