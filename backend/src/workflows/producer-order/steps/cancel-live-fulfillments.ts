import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"

export const cancelLiveFulfillmentsStepId = "cancel-live-fulfillments"

/**
 * Unpacks a producer order before it is cancelled: Medusa's fulfilment cancellation puts the
 * packed units back in stock and reserved again, so the order cancellation then releases them.
 * A cancelled fulfilment cannot be revived, so there is nothing to undo.
 */
export const cancelLiveFulfillmentsStep = createStep(
  cancelLiveFulfillmentsStepId,
  async (input: { order_id: string; fulfillment_ids: string[] }, { container }) => {
    for (const fulfillment_id of input.fulfillment_ids) {
      await cancelOrderFulfillmentWorkflow(container).run({ input: { order_id: input.order_id, fulfillment_id } })
    }
    return new StepResponse(input.fulfillment_ids)
  }
)
