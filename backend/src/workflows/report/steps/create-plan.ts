import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"
import { PlanRecord } from "./validate-plan"

export const createPlanStepId = "create-plan"

/** Creates the plan; the compensation deletes it (and with it any target added after). */
export const createPlanStep = createStep(
  createPlanStepId,
  async (plan: PlanRecord, { container }) => {
    const reportModule: ReportModuleService = container.resolve(REPORT_MODULE)
    const created = await reportModule.createPlans(plan)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ReportModuleService>(REPORT_MODULE).deletePlans(id)
  }
)
