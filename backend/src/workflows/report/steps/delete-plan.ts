import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"

export const deletePlanStepId = "delete-plan"

/** Soft-deletes the plan with its targets; the compensation restores them. */
export const deletePlanStep = createStep(
  deletePlanStepId,
  async (input: { id: string }, { container }) => {
    const reportModule: ReportModuleService = container.resolve(REPORT_MODULE)
    await reportModule.softDeletePlans(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ReportModuleService>(REPORT_MODULE).restorePlans(id)
  }
)
