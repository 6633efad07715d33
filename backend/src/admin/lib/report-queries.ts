import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type {
  BreakdownRow,
  IndicatorCode,
  IndicatorPoint,
  IndicatorUnit,
  PlanView,
  TargetProgressView,
  TrendInterval,
} from "@ocop/shared"
import type { DrillLevel } from "./report-drilldown"
import { definedFilters, type ReportFilters } from "./report-url"
import { sdk } from "./sdk"
import { OCOP_QUERY_KEY } from "./ocop-queries"

// Under the OCOP key: a certificate or producer changed in another page refreshes the figures too.
const REPORTS = [OCOP_QUERY_KEY, "reports"] as const

export function usePlans() {
  return useQuery({
    queryKey: [...REPORTS, "plans"],
    queryFn: () => sdk.client.fetch<{ plans: PlanView[] }>("/admin/ocop/reports/plans"),
    select: ({ plans }) => plans,
  })
}

export function usePlanProgress(planId: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: [...REPORTS, "progress", planId, asOf],
    queryFn: () =>
      sdk.client.fetch<{ plan: PlanView; targets: TargetProgressView[] }>(
        `/admin/ocop/reports/plans/${encodeURIComponent(planId!)}/progress`,
        { query: asOf ? { as_of: asOf } : {} }
      ),
    enabled: Boolean(planId),
    placeholderData: keepPreviousData,
  })
}

export function useIndicatorTrend(code: IndicatorCode | undefined, interval: TrendInterval, filters: ReportFilters) {
  const query = { interval, ...definedFilters(filters) }
  return useQuery({
    queryKey: [...REPORTS, "trend", code, query],
    queryFn: () =>
      sdk.client.fetch<{ indicator: IndicatorCode; unit: IndicatorUnit; points: IndicatorPoint[] }>(
        `/admin/ocop/reports/indicators/${code}/trend`,
        { query }
      ),
    enabled: Boolean(code),
    placeholderData: keepPreviousData,
  })
}

export function useIndicatorBreakdown(code: IndicatorCode | undefined, level: DrillLevel, filters: ReportFilters) {
  const query = { level, ...definedFilters(filters) }
  return useQuery({
    queryKey: [...REPORTS, "breakdown", code, query],
    queryFn: () =>
      sdk.client.fetch<{ indicator: IndicatorCode; unit: IndicatorUnit; rows: BreakdownRow[] }>(
        `/admin/ocop/reports/indicators/${code}/breakdown`,
        { query }
      ),
    enabled: Boolean(code),
    placeholderData: keepPreviousData,
  })
}
