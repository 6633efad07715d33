import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { fulfilmentStatus, producerOrderActionRefusal, ProducerOrderAction } from "../../../lib/producer-order-status"
import { ProducerOrderState } from "../../../lib/producer-order-view"

export const validateProducerOrderActionStepId = "validate-producer-order-action"

/** Refuses an action the order's status does not allow now, such as shipping before packing (400 naming `order`). */
export const validateProducerOrderActionStep = createStep(
  validateProducerOrderActionStepId,
  async ({ order, action }: { order: ProducerOrderState; action: ProducerOrderAction }) => {
    const refusal = producerOrderActionRefusal(fulfilmentStatus(order), action)
    if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
  }
)
