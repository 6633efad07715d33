import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkoutPayments, paidForOrder, ProducerOrderState } from "../../../lib/producer-order-view"

export type ProducerOrderRefund = { payment_id: string; amount: number } | null

export const findProducerOrderRefundStepId = "find-producer-order-refund"

/**
 * What the buyer already paid for this producer order and gets back when it is cancelled: the
 * checkout's payment sits on the parent order; a transfer or card paid every producer order at
 * once, COD only the delivered ones (which cannot be cancelled). No writes.
 */
export const findProducerOrderRefundStep = createStep(
  findProducerOrderRefundStepId,
  async ({ order }: { order: ProducerOrderState }, { container }): Promise<StepResponse<ProducerOrderRefund>> => {
    const payment = (await checkoutPayments(container, [order])).get(order.order_group?.parent_order_id ?? "")
    const amount = paidForOrder(order, payment)
    return new StepResponse(payment && amount > 0 ? { payment_id: payment.id, amount } : null)
  }
)
