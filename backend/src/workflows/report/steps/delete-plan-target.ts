import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"

export const deletePlanTargetStepId = "delete-plan-target"

/** Soft-deletes one target; the compensation restores it. */
export const deletePlanTargetStep = createStep(
  deletePlanTargetStepId,
  async (input: { id: string }, { container }) => {
    await container.resolve<ReportModuleService>(REPORT_MODULE).softDeletePlanTargets(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ReportModuleService>(REPORT_MODULE).restorePlanTargets(id)
  }
)
