import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { vietnamDate } from "@ocop/shared"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { endOfDay, startOfDay } from "../../../lib/report/promotion-events"
import { updatePromotionEventStep } from "../steps/promotion-event-update"
import { validatePromotionEventStep } from "../steps/promotion-event-validate"
import type { PromotionEventInput } from "./promotion-event-create"

export type UpdatePromotionEventInput = { id: string } & Partial<PromotionEventInput>

type StoredEvent = {
  starts_at: string
  ends_at: string
  province_code: string | null
  products?: ({ product_id: string } | null)[]
}

export const updatePromotionEventWorkflowId = "update-promotion-event"

/**
 * Edits an event; its dates and province are checked as they will stand together. The pages of the
 * products shown at it name the event, so they are refreshed.
 */
export const updatePromotionEventWorkflow = createWorkflow(
  updatePromotionEventWorkflowId,
  (input: UpdatePromotionEventInput) => {
    const { data: existing } = useQueryGraphStep({
      entity: "promotion_event",
      fields: ["id", "starts_at", "ends_at", "province_code", "products.product_id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    validatePromotionEventStep(
      transform({ input, existing }, ({ input, existing }) => {
        const stored = existing[0] as unknown as StoredEvent
        return {
          starts_on: input.starts_on ?? vietnamDate(new Date(stored.starts_at)),
          ends_on: input.ends_on ?? vietnamDate(new Date(stored.ends_at)),
          province_code: input.province_code === undefined ? stored.province_code : input.province_code,
        }
      })
    )
    const event = updatePromotionEventStep(
      transform({ input }, ({ input: { starts_on, ends_on, ...fields } }) => ({
        ...fields,
        ...(starts_on ? { starts_at: startOfDay(starts_on) } : {}),
        ...(ends_on ? { ends_at: endOfDay(ends_on) } : {}),
      }))
    )
    emitEventStep({
      eventName: OCOP_PRODUCTS_CHANGED_EVENT,
      data: transform({ existing }, ({ existing }) => ({
        product_ids: ((existing[0] as unknown as StoredEvent).products ?? []).flatMap((p) => (p ? [p.product_id] : [])),
      })),
    })
    return new WorkflowResponse(event)
  }
)
