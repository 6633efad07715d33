import { MedusaContainer } from "@medusajs/framework/types"
import {
  endOfVietnamDay,
  PlanTargetView,
  PlanView,
  startOfVietnamDay,
  TargetProgressView,
  targetState,
} from "@ocop/shared"
import { indicatorValue } from "./indicators"
import { ReportFilterValues } from "./report-filters"

/** Where a target applies, as report filters. */
function targetScope(plan: PlanView, target: PlanTargetView): Omit<ReportFilterValues, "from" | "to"> {
  const scope =
    target.scope_kind === "commune"
      ? { commune_code: target.scope_code }
      : target.scope_kind === "district"
        ? { province_code: plan.province_code, district: target.scope_code }
        : { province_code: target.scope_code }
  return target.channel ? { ...scope, channel: target.channel } : scope
}

/**
 * The days a target's actual is counted over on `asOf`: from the plan's start to `asOf` or the
 * deadline, whichever comes first; growth compares the year to that day with the same days a year before.
 */
export function targetPeriod(plan: PlanView, target: PlanTargetView, asOf: string) {
  const to = asOf < target.deadline ? asOf : target.deadline
  if (target.indicator === "sales_growth_share") return { from: `${to.slice(0, 4)}-01-01`, to }
  return { from: plan.period_start < to ? plan.period_start : to, to }
}

/**
 * Every target of the plan with its actual on `asOf` and its light. A target without an indicator
 * (kept as the plan's words) has no actual and the state "none". One indicator query per target.
 */
export async function planProgress(
  container: MedusaContainer,
  plan: PlanView,
  asOf: string
): Promise<TargetProgressView[]> {
  const now = endOfVietnamDay(asOf)!
  return Promise.all(
    plan.targets.map(async (target): Promise<TargetProgressView> => {
      if (!target.indicator) return { ...target, actual: null, numerator: null, denominator: null, state: "none" }
      const figure = await indicatorValue(container, target.indicator, {
        ...targetScope(plan, target),
        ...targetPeriod(plan, target, asOf),
      })
      const state =
        target.comparison === null
          ? "none"
          : targetState(
              {
                comparison: target.comparison,
                value: target.value,
                baseline: target.baseline,
                deadline: endOfVietnamDay(target.deadline)!,
                starts: startOfVietnamDay(endOfVietnamDay(plan.period_start)!),
              },
              figure.value,
              now
            )
      return { ...target, actual: figure.value, numerator: figure.numerator, denominator: figure.denominator, state }
    })
  )
}
