import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { awaitsTransfer, checkoutPayments, ProducerOrderState } from "../../../lib/producer-order-view"

export const validateProducerOrderPaidStepId = "validate-producer-order-paid"

/**
 * Refuses (400 naming `order`) to pack goods whose bank transfer has not arrived: an unpaid
 * transfer is cancelled when it expires, and its goods must not be on their way by then. Cash on
 * delivery is paid at the door; a card is held when the order is placed.
 */
export const validateProducerOrderPaidStep = createStep(
  validateProducerOrderPaidStepId,
  async ({ order }: { order: ProducerOrderState }, { container }) => {
    const payment = (await checkoutPayments(container, [order])).get(order.order_group?.parent_order_id ?? "")
    if (awaitsTransfer(order, payment)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "order: the buyer has not paid this bank transfer yet; pack it once the order shows it paid"
      )
    }
  }
)
