import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ExpiredCheckout } from "./find-expired-transfers"

export const cancelCheckoutsStepId = "cancel-checkouts"

/**
 * Cancels each checkout through Medusa's own order cancellation: the producer orders give their
 * reserved stock back, the parent order cancels the pending payment. One checkout failing does not
 * stop the others; it is tried again on the next run.
 */
export const cancelCheckoutsStep = createStep(
  cancelCheckoutsStepId,
  async (checkouts: ExpiredCheckout[], { container }) => {
    const canceled: string[] = []
    const failed: { order_group_id: string; message: string }[] = []
    for (const checkout of checkouts) {
      try {
        for (const order_id of [...checkout.order_ids, checkout.parent_order_id]) {
          await cancelOrderWorkflow(container).run({ input: { order_id } })
        }
        canceled.push(checkout.order_group_id)
      } catch (error) {
        failed.push({ order_group_id: checkout.order_group_id, message: (error as Error).message })
      }
    }
    return new StepResponse({ canceled, failed })
  }
)
