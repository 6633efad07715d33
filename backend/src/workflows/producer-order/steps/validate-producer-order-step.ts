import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { fulfilmentStatus, FulfilmentStatus, ProducerOrderState } from "../../../lib/producer-order-view"

export type ProducerOrderAction = "accept" | "pack" | "ship" | "deliver" | "cancel"

// From which statuses each step may be taken. Accepting is optional: a producer may pack straight away.
const ALLOWED_FROM: Record<ProducerOrderAction, FulfilmentStatus[]> = {
  accept: ["placed"],
  pack: ["placed", "accepted"],
  ship: ["packed"],
  deliver: ["shipped"],
  // A parcel on its way can no longer be called back (Medusa refuses to cancel a shipped fulfilment).
  cancel: ["placed", "accepted", "packed"],
}

const BEFORE: Partial<Record<ProducerOrderAction, string>> = {
  ship: "pack it before shipping",
  deliver: "ship it before marking it delivered",
}

/** Why this step cannot be taken now, or undefined when it can. */
export function producerOrderStepRefusal(status: FulfilmentStatus, action: ProducerOrderAction): string | undefined {
  if (ALLOWED_FROM[action].includes(status)) return undefined
  if (status === "canceled" || status === "delivered") return `order: it is ${status}; nothing more can be done with it`
  if (action === "cancel") return "order: it has shipped; a parcel on its way cannot be cancelled"
  const order = ["placed", "accepted", "packed", "shipped"] as FulfilmentStatus[]
  const needed = ALLOWED_FROM[action][0]
  if (order.indexOf(status) < order.indexOf(needed) && BEFORE[action]) return `order: ${BEFORE[action]}`
  return `order: it is already ${status}`
}

export const validateProducerOrderStepStepId = "validate-producer-order-step"

/** Refuses a fulfilment step out of order (400 naming `order`). */
export const validateProducerOrderStepStep = createStep(
  validateProducerOrderStepStepId,
  async ({ order, action }: { order: ProducerOrderState; action: ProducerOrderAction }) => {
    const refusal = producerOrderStepRefusal(fulfilmentStatus(order), action)
    if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
  }
)
