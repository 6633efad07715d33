import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PlanTargetView, PlanView, vietnamDate } from "@ocop/shared"
import { REPORT_MODULE } from "../../../../../modules/report"
import ReportModuleService from "../../../../../modules/report/service"

type StoredDate = Date | string | null
const day = (value: StoredDate) => (value ? vietnamDate(new Date(value)) : null)

type StoredTarget = Omit<PlanTargetView, "deadline"> & { deadline: StoredDate }
type StoredPlan = Omit<PlanView, "decision_date" | "period_start" | "period_end" | "targets"> & {
  decision_date: StoredDate
  period_start: StoredDate
  period_end: StoredDate
  targets?: (StoredTarget | null)[]
}

/** A stored target as the API shows it: its deadline as the Vietnam day. */
export function planTargetView(target: StoredTarget): PlanTargetView {
  return {
    id: target.id,
    plan_id: target.plan_id,
    indicator: target.indicator,
    comparison: target.comparison,
    value: target.value,
    deadline: day(target.deadline)!,
    scope_kind: target.scope_kind,
    scope_code: target.scope_code,
    baseline: target.baseline,
    channel: target.channel,
    text_vi: target.text_vi,
    rank: target.rank,
  }
}

/** A stored plan as the API shows it: days in Vietnam, targets in the plan's order. */
export function planView(plan: StoredPlan): PlanView {
  return {
    id: plan.id,
    name: plan.name,
    decision_number: plan.decision_number,
    decision_date: day(plan.decision_date),
    province_code: plan.province_code,
    period_start: day(plan.period_start)!,
    period_end: day(plan.period_end)!,
    demo: plan.demo,
    note: plan.note,
    targets: (plan.targets ?? [])
      .filter((target): target is StoredTarget => Boolean(target))
      .map(planTargetView)
      .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id)),
  }
}

export async function listPlanViews(container: MedusaContainer, filters: Record<string, unknown> = {}) {
  const reportModule: ReportModuleService = container.resolve(REPORT_MODULE)
  const plans = await reportModule.listPlans(filters, {
    relations: ["targets"],
    order: { period_start: "DESC", name: "ASC" },
    take: null,
  })
  return plans.map((plan) => planView(plan as unknown as StoredPlan))
}

/** The plan as the API shows it; NOT_FOUND for an unknown id. */
export async function retrievePlanView(container: MedusaContainer, id: string): Promise<PlanView> {
  const [plan] = await listPlanViews(container, { id })
  if (!plan) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Plan with id ${id} was not found`)
  return plan
}
