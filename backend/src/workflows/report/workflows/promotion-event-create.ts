import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PromotionEventKind } from "@ocop/shared"
import { endOfDay, startOfDay } from "../../../lib/report/promotion-events"
import { createPromotionEventStep } from "../steps/promotion-event-create"
import { validatePromotionEventStep } from "../steps/promotion-event-validate"

export type PromotionEventInput = {
  name: string
  kind: PromotionEventKind
  starts_on: string
  ends_on: string
  province_code?: string | null
  place: string
  organiser: string
}

export const createPromotionEventWorkflowId = "create-promotion-event"

/** Records a fair, exhibition or trade-connection event (its products are added afterwards). */
export const createPromotionEventWorkflow = createWorkflow(
  createPromotionEventWorkflowId,
  (input: PromotionEventInput) => {
    validatePromotionEventStep(input)
    const event = createPromotionEventStep(
      transform({ input }, ({ input: { starts_on, ends_on, ...fields } }) => ({
        ...fields,
        province_code: fields.province_code ?? null,
        starts_at: startOfDay(starts_on),
        ends_at: endOfDay(ends_on),
      }))
    )
    return new WorkflowResponse(event)
  }
)
