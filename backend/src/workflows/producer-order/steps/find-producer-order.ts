import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse, transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep } from "@medusajs/medusa/core-flows"
import { fulfilmentStatus, FulfilmentStatus } from "../../../lib/producer-order-status"
import { PRODUCER_ORDER_STATE_FIELDS, ProducerOrderState } from "../../../lib/producer-order-view"
import { validateProducerOrderUnchangedStep } from "./validate-producer-order-unchanged"

/** Who takes a fulfilment step on which order, and the status it saw when it chose the step (the portal sends it). */
export type ProducerOrderStepInput = { order_id: string; producer_id: string; expected_status?: FulfilmentStatus }

export type ProducerOrder = Omit<ProducerOrderState, "fulfillments"> & {
  items: { id: string; quantity: unknown }[]
  fulfillments: (NonNullable<ProducerOrderState["fulfillments"]>[number] & {
    items?: { line_item_id: string; quantity: unknown }[] | null
  })[]
  producer: { id: string; stock_location?: { id: string } | null }
}

/**
 * One fulfilment step at a time per order (inside a workflow): two members clicking "pack" together
 * must not both pass the status check and pack it twice.
 */
export const producerOrderLockKey = (input: { order_id: string }) =>
  transform({ input }, ({ input }) => `producer-order:${input.order_id}`)

export const findProducerOrderStepId = "find-producer-order"

/**
 * A producer's order as its fulfilment steps need it: state, items, fulfilments and the producer's
 * stock location. The route has already checked that the order is the signed-in producer's; this
 * step checks again, so a workflow run from elsewhere cannot touch another producer's order.
 */
export const findProducerOrderStep = createStep(
  findProducerOrderStepId,
  async (input: { order_id: string; producer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        ...PRODUCER_ORDER_STATE_FIELDS,
        "items.id",
        "items.quantity",
        "fulfillments.items.line_item_id",
        "fulfillments.items.quantity",
        "producer.id",
        "producer.stock_location.id",
      ],
      filters: { id: input.order_id },
    })
    if (!order || order.producer?.id !== input.producer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `order: no order with id ${input.order_id}`)
    }
    return new StepResponse(order as unknown as ProducerOrder)
  }
)

/**
 * Inside a workflow: reads the order as the request found it, takes the order's lock, reads it again
 * and refuses (409) when it changed in between, or when it is no longer at the status the producer
 * saw. The caller releases the lock with `releaseLockStep({ key: lockKey })` after its last write.
 */
export function lockProducerOrder(input: ProducerOrderStepInput) {
  const found = findProducerOrderStep(input).config({ name: "find-producer-order-as-requested" })
  const lockKey = producerOrderLockKey(input)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const order = findProducerOrderStep(input)
  validateProducerOrderUnchangedStep(
    transform({ input, found, order }, ({ input, found, order }) => ({
      seen: input.expected_status ?? fulfilmentStatus(found),
      order,
    }))
  )
  return { order, lockKey }
}
