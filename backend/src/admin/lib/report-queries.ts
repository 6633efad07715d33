import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type {
  BreakdownRow,
  Comparison,
  IndicatorCode,
  IndicatorPoint,
  IndicatorUnit,
  PlanTargetView,
  PlanView,
  SalesChannel,
  ScopeKind,
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

export function usePlan(id: string) {
  return useQuery({
    queryKey: [...REPORTS, "plan", id],
    queryFn: () => sdk.client.fetch<{ plan: PlanView }>(`/admin/ocop/reports/plans/${encodeURIComponent(id)}`),
    select: ({ plan }) => plan,
  })
}

/** What the plan form sends; an empty decision or note is sent as null. */
export type PlanBody = {
  name: string
  decision_number: string | null
  decision_date: string | null
  province_code: string
  period_start: string
  period_end: string
  demo: boolean
  note: string | null
}

/** What the target form sends; no indicator keeps a target the marketplace cannot measure, in words only. */
export type PlanTargetBody = {
  indicator: IndicatorCode | null
  comparison: Comparison | null
  value: number | null
  deadline: string
  scope_kind: ScopeKind
  // Left out: the plan's province (new target) or the stored scope (edit).
  scope_code?: string
  baseline: number | null
  channel: SalesChannel | null
  text_vi: string
}

const planPath = (id: string) => `/admin/ocop/reports/plans/${encodeURIComponent(id)}`

export const savePlan = (id: string | undefined, body: PlanBody) =>
  sdk.client.fetch<{ plan: PlanView }>(id ? planPath(id) : "/admin/ocop/reports/plans", { method: "POST", body })

export const deletePlan = (id: string) => sdk.client.fetch(planPath(id), { method: "DELETE" })

export const savePlanTarget = (planId: string, targetId: string | undefined, body: PlanTargetBody) =>
  sdk.client.fetch<{ target: PlanTargetView; plan: PlanView }>(
    `${planPath(planId)}/targets${targetId ? `/${encodeURIComponent(targetId)}` : ""}`,
    { method: "POST", body }
  )

export const removePlanTarget = (planId: string, targetId: string) =>
  sdk.client.fetch(`${planPath(planId)}/targets/${encodeURIComponent(targetId)}`, { method: "DELETE" })
