import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"
import type { NewPromotionEvent } from "./promotion-event-create"

export const updatePromotionEventStepId = "update-promotion-event"

/** Changes an event's fields; the compensation writes back the ones it changed. */
export const updatePromotionEventStep = createStep(
  updatePromotionEventStepId,
  async (input: { id: string } & Partial<NewPromotionEvent>, { container }) => {
    const reports: ReportModuleService = container.resolve(REPORT_MODULE)
    const previous = await reports.retrievePromotionEvent(input.id)
    const before = Object.fromEntries(
      Object.keys(input).map((key) => [key, previous[key as keyof typeof previous]])
    ) as { id: string }
    const updated = await reports.updatePromotionEvents(input)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const reports: ReportModuleService = container.resolve(REPORT_MODULE)
    await reports.updatePromotionEvents(before)
  }
)
