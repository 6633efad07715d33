import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"
import { PlanTargetRecord } from "./validate-plan"

export const updatePlanTargetStepId = "update-plan-target"

/** Writes a target's fields; the compensation writes back the ones it had. */
export const updatePlanTargetStep = createStep(
  updatePlanTargetStepId,
  async (input: PlanTargetRecord & { id: string }, { container }) => {
    const reportModule: ReportModuleService = container.resolve(REPORT_MODULE)
    const previous = await reportModule.retrievePlanTarget(input.id)
    const before = Object.fromEntries(
      Object.keys(input).map((key) => [key, previous[key as keyof typeof previous]])
    ) as { id: string }
    const updated = await reportModule.updatePlanTargets(input)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ReportModuleService>(REPORT_MODULE).updatePlanTargets(before)
  }
)
