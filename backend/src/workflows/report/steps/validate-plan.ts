import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  endOfVietnamDay,
  IndicatorCode,
  isIndicatorCode,
  normalizeTonePlacement,
  startOfVietnamDay,
  targetValueProblems,
} from "@ocop/shared"
import { PLACE_MODULE } from "../../../modules/place"
import PlaceModuleService from "../../../modules/place/service"
import { PlanDraft, PlanTargetDraft } from "../plan-drafts"

/** A target to check, with the prefix its fields are named by (`targets.2.` in a new plan's list). */
export type TargetToCheck = { field: string; target: PlanTargetDraft & { id?: string } }

export type PlanRecord = Omit<PlanDraft, "decision_date" | "period_start" | "period_end"> & {
  decision_date: Date | null
  period_start: Date
  period_end: Date
}

export type PlanTargetRecord = Required<Omit<PlanTargetDraft, "deadline">> & { id?: string; deadline: Date }

// Indicators a sales channel narrows; any other target has no channel.
const SALES_INDICATORS: IndicatorCode[] = ["sales_vnd", "sales_growth_share", "producers_selling_online_share"]

const dayStart = (day: string) => startOfVietnamDay(endOfVietnamDay(day)!)

function invalid(field: string, message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)
}

/** A target's own rules (no database): what a numeric target needs, its value, baseline, channel and deadline. */
export function targetProblem({ field, target }: TargetToCheck, plan: PlanDraft): [string, string] | null {
  const at = (name: string) => `${field}${name}`
  if (target.indicator != null && !isIndicatorCode(target.indicator)) return [at("indicator"), "unknown indicator"]
  if (target.value != null) {
    if (target.indicator == null) return [at("indicator"), "required for a target with a value"]
    if (target.comparison == null) return [at("comparison"), "required for a target with a value"]
    if (!target.deadline) return [at("deadline"), "required for a target with a value"]
  }
  if (target.indicator != null) {
    const problem =
      targetValueProblems(target.indicator, target.value ?? null, at("value"))[0] ??
      targetValueProblems(target.indicator, target.baseline ?? null, at("baseline"))[0]
    if (problem) return [problem.slice(0, problem.indexOf(":")), problem.slice(problem.indexOf(":") + 2)]
  }
  if (target.channel != null && !(target.indicator && SALES_INDICATORS.includes(target.indicator)))
    return [at("channel"), `only for the sales indicators (${SALES_INDICATORS.join(", ")})`]
  const deadline = target.deadline ?? plan.period_end
  if (deadline < plan.period_start)
    return [at("deadline"), `must not be before the plan's start (${plan.period_start})`]
  return null
}

/** The scope must be the plan's province, one of its former districts or one of its communes. */
async function checkScopes(container: MedusaContainer, plan: PlanDraft, targets: TargetToCheck[]) {
  const places: PlaceModuleService = container.resolve(PLACE_MODULE)
  const [province] = await places.listProvinces({ code: plan.province_code }, { take: 1 })
  if (!province) invalid("province_code", `${plan.province_code} is not a province code`)
  const scoped = targets.map(({ field, target }) => ({
    field,
    kind: target.scope_kind ?? "province",
    code: target.scope_code ?? plan.province_code,
  }))
  const districts = scoped.some((scope) => scope.kind === "district")
    ? await places.listFormerDistricts({ province_code: plan.province_code }, { select: ["name"], take: null })
    : []
  const districtNames = new Map(districts.map((district) => [district.name.toLowerCase(), district.name]))
  const communeCodes = scoped.filter((scope) => scope.kind === "commune").map((scope) => scope.code)
  const communes = communeCodes.length
    ? await places.listCommunes({ code: communeCodes }, { select: ["code", "province_code"], take: null })
    : []
  const communeProvince = new Map(communes.map((commune) => [commune.code, commune.province_code]))
  // A former district is kept under its stored name, so that the reports' filters match it exactly.
  return scoped.map(({ field, kind, code }) => {
    if (kind === "province" && code !== plan.province_code)
      invalid(`${field}scope_code`, `${code} is not the plan's province (${plan.province_code})`)
    if (kind === "commune" && communeProvince.get(code) !== plan.province_code)
      invalid(`${field}scope_code`, `${code} is not a commune of province ${plan.province_code}`)
    if (kind !== "district") return code
    const name = districtNames.get(normalizeTonePlacement(code).toLowerCase())
    if (!name) invalid(`${field}scope_code`, `"${code}" is not a former district of province ${plan.province_code}`)
    return name
  })
}

export const validatePlanStepId = "validate-plan"

/**
 * Checks a plan with the targets it will hold (its period, its province, each target's indicator,
 * value, deadline and scope) and returns them as records: days become instants in Vietnam (a start
 * at 00:00, an end or deadline at the day's last moment), left-out fields take the plan's.
 */
export const validatePlanStep = createStep(
  validatePlanStepId,
  async (input: { plan: PlanDraft; targets: TargetToCheck[] }, { container }) => {
    const { plan, targets } = input
    if (plan.period_end < plan.period_start)
      invalid("period_end", `must not be before period_start (${plan.period_start})`)
    for (const target of targets) {
      const problem = targetProblem(target, plan)
      if (problem) invalid(problem[0], problem[1])
    }
    const scopeCodes = await checkScopes(container, plan, targets)
    const record: PlanRecord = {
      ...plan,
      decision_date: plan.decision_date ? dayStart(plan.decision_date) : null,
      period_start: dayStart(plan.period_start),
      period_end: endOfVietnamDay(plan.period_end)!,
    }
    const records: PlanTargetRecord[] = targets.map(({ target }, i) => ({
      ...(target.id ? { id: target.id } : {}),
      indicator: target.indicator ?? null,
      comparison: target.comparison ?? null,
      value: target.value ?? null,
      deadline: endOfVietnamDay(target.deadline ?? plan.period_end)!,
      scope_kind: target.scope_kind ?? "province",
      scope_code: scopeCodes[i],
      baseline: target.baseline ?? null,
      channel: target.channel ?? null,
      text_vi: target.text_vi,
      rank: target.rank ?? 0,
    }))
    return new StepResponse({ plan: record, targets: records })
  }
)
