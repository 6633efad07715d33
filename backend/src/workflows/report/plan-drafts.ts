import { Comparison, IndicatorCode, SalesChannel, ScopeKind, vietnamDate } from "@ocop/shared"

/** A plan as the office writes it: days as `YYYY-MM-DD` (Vietnam). */
export type PlanDraft = {
  name: string
  decision_number?: string | null
  decision_date?: string | null
  province_code: string
  period_start: string
  period_end: string
  demo?: boolean
  note?: string | null
}

/** A target as the office writes it; what is left out takes the plan's (deadline, province scope). */
export type PlanTargetDraft = {
  indicator?: IndicatorCode | null
  comparison?: Comparison | null
  value?: number | null
  deadline?: string
  scope_kind?: ScopeKind
  scope_code?: string
  baseline?: number | null
  channel?: SalesChannel | null
  text_vi: string
  rank?: number
}

type StoredDate = Date | string | null | undefined
const day = (value: StoredDate) => (value ? vietnamDate(new Date(value)) : null)

type StoredPlan = Record<string, unknown> & { targets?: (Record<string, unknown> | null)[] }

/** A stored plan back in the office's terms, so that a change is checked as a whole with what stays. */
export function planDraftOf(plan: StoredPlan): PlanDraft {
  return {
    name: plan.name as string,
    decision_number: (plan.decision_number as string | null) ?? null,
    decision_date: day(plan.decision_date as StoredDate),
    province_code: plan.province_code as string,
    period_start: day(plan.period_start as StoredDate)!,
    period_end: day(plan.period_end as StoredDate)!,
    demo: Boolean(plan.demo),
    note: (plan.note as string | null) ?? null,
  }
}

export function targetDraftOf(target: Record<string, unknown>): PlanTargetDraft & { id: string } {
  return {
    id: target.id as string,
    indicator: (target.indicator as IndicatorCode | null) ?? null,
    comparison: (target.comparison as Comparison | null) ?? null,
    value: (target.value as number | null) ?? null,
    deadline: day(target.deadline as StoredDate)!,
    scope_kind: target.scope_kind as ScopeKind,
    scope_code: target.scope_code as string,
    baseline: (target.baseline as number | null) ?? null,
    channel: (target.channel as SalesChannel | null) ?? null,
    text_vi: target.text_vi as string,
    rank: (target.rank as number) ?? 0,
  }
}

export const PLAN_FIELDS = ["*", "targets.*"]
