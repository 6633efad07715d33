import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"
import { PlanRecord } from "./validate-plan"

export const updatePlanStepId = "update-plan"

/** Writes the plan's fields; the compensation writes back the ones it had. */
export const updatePlanStep = createStep(
  updatePlanStepId,
  async (input: { id: string } & PlanRecord, { container }) => {
    const reportModule: ReportModuleService = container.resolve(REPORT_MODULE)
    const previous = await reportModule.retrievePlan(input.id)
    const before = Object.fromEntries(
      Object.keys(input).map((key) => [key, previous[key as keyof typeof previous]])
    ) as { id: string }
    const updated = await reportModule.updatePlans(input)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ReportModuleService>(REPORT_MODULE).updatePlans(before)
  }
)
