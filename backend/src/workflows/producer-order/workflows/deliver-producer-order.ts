import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockProducerOrder, ProducerOrderStepInput } from "../steps/find-producer-order"
import { validateProducerOrderActionStep } from "../steps/validate-producer-order-action"

export const deliverProducerOrderWorkflowId = "deliver-producer-order"

/**
 * The parcel reached the buyer. Medusa's delivery event e-mails the buyer and, for cash on
 * delivery, captures this order's part of the checkout's payment (subscribers/cash-on-delivery.ts).
 */
export const deliverProducerOrderWorkflow = createWorkflow(
  deliverProducerOrderWorkflowId,
  (input: ProducerOrderStepInput) => {
    const { order, lockKey } = lockProducerOrder(input)
    validateProducerOrderActionStep({ order, action: "deliver" })
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ order }, ({ order }) => ({
        orderId: order.id,
        fulfillmentId: order.fulfillments.find((f) => !f.canceled_at && f.shipped_at && !f.delivered_at)!.id,
      })),
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.order_id })
  }
)
