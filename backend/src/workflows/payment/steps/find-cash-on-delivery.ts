import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "@ocop/shared"

export const findCashOnDeliveryStepId = "find-cash-on-delivery"

export type CashOnDeliveryCapture = { payment_id: string; amount: number } | null

/**
 * The cash a delivered producer order brings in: the checkout's COD payment sits on the parent
 * order, and each producer order's courier collects that order's total. Null when the order is
 * not a producer order, was not paid by COD, or its part is already captured.
 */
export const findCashOnDeliveryStep = createStep(
  findCashOnDeliveryStepId,
  async ({ order_id }: { order_id: string }, { container }): Promise<StepResponse<CashOnDeliveryCapture>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "total", "metadata", "order_group.parent_order_id"],
      filters: { id: order_id },
    })
    const parentId = order?.order_group?.parent_order_id
    if (!parentId) return new StepResponse(null)
    const {
      data: [parent],
    } = await query.graph({
      entity: "order",
      fields: [
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.amount",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.captures.amount",
      ],
      filters: { id: parentId },
    })
    const payment = (parent?.payment_collections ?? [])
      .flatMap((c) => c?.payments ?? [])
      .find((p) => p?.provider_id === CASH_ON_DELIVERY_PROVIDER_ID && !p.canceled_at)
    if (!payment) return new StepResponse(null)
    const captured = (payment.captures ?? []).reduce((sum, c) => MathBN.add(sum, c?.amount ?? 0), MathBN.convert(0))
    const remaining = MathBN.sub(payment.amount, captured)
    const amount = MathBN.min(remaining, order.total).toNumber()
    return new StepResponse(amount > 0 ? { payment_id: payment.id, amount } : null)
  }
)
