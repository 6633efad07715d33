import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { createPromotionEventProductsStep } from "../steps/promotion-event-products-create"
import { validatePromotionEventProductsStep } from "../steps/promotion-event-products-validate"

export const addPromotionEventProductsWorkflowId = "add-promotion-event-products"

/** Records products as shown at an event (the office's product picker), each with its own producer. */
export const addPromotionEventProductsWorkflow = createWorkflow(
  addPromotionEventProductsWorkflowId,
  (input: { event_id: string; product_ids: string[] }) => {
    useQueryGraphStep({
      entity: "promotion_event",
      fields: ["id"],
      filters: { id: input.event_id },
      options: { throwIfKeyNotFound: true },
    })
    const rows = validatePromotionEventProductsStep(input)
    const created = createPromotionEventProductsStep(rows)
    emitEventStep({
      eventName: OCOP_PRODUCTS_CHANGED_EVENT,
      data: transform({ rows }, ({ rows }) => ({ product_ids: rows.map((row) => row.product_id) })),
    })
    return new WorkflowResponse(created)
  }
)
