import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { deletePromotionEventStep } from "../steps/promotion-event-delete"

export const deletePromotionEventWorkflowId = "delete-promotion-event"

/** Removes an event and its list of products; the pages of those products stop naming it. */
export const deletePromotionEventWorkflow = createWorkflow(deletePromotionEventWorkflowId, (input: { id: string }) => {
  const { data: existing } = useQueryGraphStep({
    entity: "promotion_event",
    fields: ["id", "products.product_id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  deletePromotionEventStep(input.id)
  emitEventStep({
    eventName: OCOP_PRODUCTS_CHANGED_EVENT,
    data: transform({ existing }, ({ existing }) => ({
      product_ids: ((existing[0] as { products?: ({ product_id: string } | null)[] }).products ?? []).flatMap((p) =>
        p ? [p.product_id] : []
      ),
    })),
  })
  return new WorkflowResponse(input.id)
})
