import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, completeCartWorkflow, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ORDER_GROUP_PLACED_EVENT } from "../events"
import { createOrderGroupStep } from "../steps/create-order-group"
import { moveReservationsStep } from "../steps/move-reservations"
import { prepareProducerOrdersStep } from "../steps/prepare-producer-orders"

export const completeCheckoutWorkflowId = "complete-checkout"

/**
 * Completes a cart into one order group and one order per producer (the marketplace recipe's
 * split). Medusa's own cart completion reserves the stock under a lock per inventory item, so
 * buyers racing for the last units never oversell; the loser's completion fails before any order.
 */
export const completeCheckoutWorkflow = createWorkflow(completeCheckoutWorkflowId, (input: { cart_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `checkout:${input.cart_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const { id: orderId } = completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })
  const { data: groups } = useQueryGraphStep({
    entity: "order_group",
    fields: ["id"],
    filters: { cart_id: input.cart_id },
  }).config({ name: "existing-order-group" })

  const created = when("split-once", { groups }, ({ groups }) => groups.length === 0).then(() => {
    const split = prepareProducerOrdersStep({ cart_id: input.cart_id, order_id: orderId })
    const group = createOrderGroupStep(split)
    moveReservationsStep(transform({ group }, ({ group }) => group.moves))
    emitEventStep({ eventName: ORDER_GROUP_PLACED_EVENT, data: transform({ group }, ({ group }) => ({ id: group.order_group_id })) })
    return group
  })
  releaseLockStep({ key: lockKey })

  const result = transform({ created, groups }, ({ created, groups }) => ({
    order_group_id: created?.order_group_id ?? (groups[0] as { id: string }).id,
  }))
  return new WorkflowResponse(result)
})
