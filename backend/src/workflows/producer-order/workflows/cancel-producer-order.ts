import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  cancelOrderWorkflow,
  refundPaymentWorkflow,
  releaseLockStep,
  type RefundPaymentWorkflowInput,
} from "@medusajs/medusa/core-flows"
import { salesRefundMetadata } from "../../../lib/report/sales-facts"
import { cancelLiveFulfillmentsStep } from "../steps/cancel-live-fulfillments"
import { lockProducerOrder, ProducerOrderStepInput } from "../steps/find-producer-order"
import { findProducerOrderRefundStep } from "../steps/find-producer-order-refund"
import { updateProducerOrderMetadataStep } from "../steps/update-producer-order-metadata"
import { validateProducerOrderActionStep } from "../steps/validate-producer-order-action"

export const cancelProducerOrderWorkflowId = "cancel-producer-order"

export type CancelProducerOrderInput = ProducerOrderStepInput & { reason: string }

/**
 * The producer cannot fulfil the order. Packed units go back on the shelf (the fulfilment is
 * cancelled first), Medusa's order cancellation releases the reservations, and what the buyer
 * already paid for this order is refunded from the checkout's payment on the parent order. The
 * reason is kept for the buyer's e-mail (sent on Medusa's order.canceled, subscribers/order-emails.ts).
 */
export const cancelProducerOrderWorkflow = createWorkflow(
  cancelProducerOrderWorkflowId,
  (input: CancelProducerOrderInput) => {
    const { order, lockKey } = lockProducerOrder(input)
    validateProducerOrderActionStep({ order, action: "cancel" })
    const refund = findProducerOrderRefundStep({ order })
    updateProducerOrderMetadataStep(
      transform({ input, refund }, ({ input, refund }) => ({
        order_id: input.order_id,
        metadata: { cancel_reason: input.reason, canceled_by: "producer", refunded_amount: refund?.amount ?? 0 },
      }))
    )
    cancelLiveFulfillmentsStep(
      transform({ order }, ({ order }) => ({
        order_id: order.id,
        fulfillment_ids: order.fulfillments.filter((f) => !f.canceled_at).map((f) => f.id),
      }))
    )
    cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
    when("refund-what-was-paid", { refund }, ({ refund }) => !!refund).then(() => {
      refundPaymentWorkflow.runAsStep({
        input: transform(
          { refund, input },
          ({ refund, input }): RefundPaymentWorkflowInput =>
            // The sales facts take the cancelled order back whole; the tag keeps the refund from counting twice.
            ({
              payment_id: refund!.payment_id,
              amount: refund!.amount,
              metadata: salesRefundMetadata({ producer_order_id: input.order_id }),
            }) as RefundPaymentWorkflowInput
        ),
      })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.order_id })
  }
)
