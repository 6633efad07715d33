import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { deletePromotionEventProductStep } from "../steps/promotion-event-product-delete"

export const removePromotionEventProductWorkflowId = "remove-promotion-event-product"

/** Takes one product off an event's list; its page stops naming the event. */
export const removePromotionEventProductWorkflow = createWorkflow(
  removePromotionEventProductWorkflowId,
  (input: { event_id: string; product_id: string }) => {
    deletePromotionEventProductStep(input)
    emitEventStep({
      eventName: OCOP_PRODUCTS_CHANGED_EVENT,
      data: transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })),
    })
    return new WorkflowResponse(input)
  }
)
