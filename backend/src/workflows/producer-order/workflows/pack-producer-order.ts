import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_ORDER_PACKED_EVENT } from "../../../lib/events"
import { lockProducerOrder, ProducerOrderStepInput } from "../steps/find-producer-order"
import { validateProducerOrderPaidStep } from "../steps/validate-producer-order-paid"
import { validateProducerOrderActionStep } from "../steps/validate-producer-order-action"

export const packProducerOrderWorkflowId = "pack-producer-order"

/**
 * The producer packs the whole order at its own stock location: Medusa's fulfilment takes the
 * units out of stock and consumes their reservations. A bank transfer must have arrived first. The
 * buyer is told.
 */
export const packProducerOrderWorkflow = createWorkflow(
  packProducerOrderWorkflowId,
  (input: ProducerOrderStepInput) => {
    const { order, lockKey } = lockProducerOrder(input)
    validateProducerOrderActionStep({ order, action: "pack" })
    validateProducerOrderPaidStep({ order })
    createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ order }, ({ order }) => ({
        order_id: order.id,
        location_id: order.producer.stock_location?.id,
        items: order.items.map((item) => ({ id: item.id, quantity: Number(item.quantity) })),
      })),
    })
    emitEventStep({
      eventName: PRODUCER_ORDER_PACKED_EVENT,
      data: transform({ input }, ({ input }) => ({ id: input.order_id })),
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.order_id })
  }
)
