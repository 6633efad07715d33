import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"
import { planDraftOf, PlanDraft, PlanTargetDraft, targetDraftOf } from "../plan-drafts"

export const loadPlanStepId = "load-plan"

export type LoadedPlan = { id: string; plan: PlanDraft; targets: (PlanTargetDraft & { id: string })[] }

/** The plan and its targets in the office's terms; NOT_FOUND for an unknown plan. */
export const loadPlanStep = createStep(loadPlanStepId, async (input: { id: string }, { container }) => {
  const reportModule: ReportModuleService = container.resolve(REPORT_MODULE)
  const [plan] = await reportModule.listPlans({ id: input.id }, { relations: ["targets"], take: 1 })
  if (!plan) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Plan with id ${input.id} was not found`)
  const loaded: LoadedPlan = {
    id: plan.id,
    plan: planDraftOf(plan as unknown as Record<string, unknown>),
    targets: (plan.targets ?? []).map((target) => targetDraftOf(target as unknown as Record<string, unknown>)),
  }
  return new StepResponse(loaded)
})
