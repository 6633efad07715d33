import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PromotionEventKind } from "@ocop/shared"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"

export type NewPromotionEvent = {
  name: string
  kind: PromotionEventKind
  starts_at: Date
  ends_at: Date
  province_code: string | null
  place: string
  organiser: string
}

export const createPromotionEventStepId = "create-promotion-event"

export const createPromotionEventStep = createStep(
  createPromotionEventStepId,
  async (event: NewPromotionEvent, { container }) => {
    const reports: ReportModuleService = container.resolve(REPORT_MODULE)
    const created = await reports.createPromotionEvents(event)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const reports: ReportModuleService = container.resolve(REPORT_MODULE)
    await reports.deletePromotionEvents(id)
  }
)
