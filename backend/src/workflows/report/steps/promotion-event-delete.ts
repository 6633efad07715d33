import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"

export const deletePromotionEventStepId = "delete-promotion-event"

/** Removes an event with its products (soft delete, so that the compensation restores them). */
export const deletePromotionEventStep = createStep(
  deletePromotionEventStepId,
  async (id: string, { container }) => {
    const reports: ReportModuleService = container.resolve(REPORT_MODULE)
    await reports.softDeletePromotionEvents(id)
    return new StepResponse(undefined, id)
  },
  async (id, { container }) => {
    if (!id) return
    const reports: ReportModuleService = container.resolve(REPORT_MODULE)
    await reports.restorePromotionEvents(id)
  }
)
