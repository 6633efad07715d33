import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"
import { PlanTargetRecord } from "./validate-plan"

export const createPlanTargetsStepId = "create-plan-targets"

/** Adds targets to a plan; the compensation deletes them. */
export const createPlanTargetsStep = createStep(
  createPlanTargetsStepId,
  async (input: { plan_id: string; targets: PlanTargetRecord[] }, { container }) => {
    if (!input.targets.length) return new StepResponse([], [])
    const reportModule: ReportModuleService = container.resolve(REPORT_MODULE)
    const created = await reportModule.createPlanTargets(
      input.targets.map(({ id, ...target }) => ({ ...target, plan_id: input.plan_id }))
    )
    return new StepResponse(
      created,
      created.map((target) => target.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<ReportModuleService>(REPORT_MODULE).deletePlanTargets(ids)
  }
)
