import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ORDER_GROUP_PLACED_EVENT } from "../../../lib/events"
import { createOrderGroupStep } from "../steps/create-order-group"
import { moveReservationsStep } from "../steps/move-reservations"
import { prepareProducerOrdersStep } from "../steps/prepare-producer-orders"
import { snapshotInvoiceBuyerStep } from "../steps/snapshot-invoice-buyer"

export const splitCheckoutWorkflowId = "split-checkout"

/**
 * Splits the order Medusa completed a cart into (`completeCartWorkflow`, which reserves the stock
 * under a lock per inventory item, so racing buyers never oversell) into one order per producer,
 * grouped in an order group: the marketplace recipe's split. Run once per cart; a second run
 * returns the existing group, so a split that failed can simply be run again.
 */
export const splitCheckoutWorkflow = createWorkflow(
  splitCheckoutWorkflowId,
  (input: { cart_id: string; order_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => `checkout-split:${input.cart_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const { data: groups } = useQueryGraphStep({
      entity: "order_group",
      fields: ["id"],
      filters: { cart_id: input.cart_id },
    })

    const created = when("split-once", { groups }, ({ groups }) => groups.length === 0).then(() => {
      const invoiceBuyer = snapshotInvoiceBuyerStep({ cart_id: input.cart_id })
      const split = prepareProducerOrdersStep(
        transform({ input, invoiceBuyer }, ({ input, invoiceBuyer }) => ({ ...input, invoice_buyer: invoiceBuyer }))
      )
      const group = createOrderGroupStep(split)
      moveReservationsStep(transform({ group }, ({ group }) => group.moves))
      emitEventStep({
        eventName: ORDER_GROUP_PLACED_EVENT,
        data: transform({ group }, ({ group }) => ({ id: group.order_group_id })),
      })
      return group
    })
    releaseLockStep({ key: lockKey })

    const result = transform({ created, groups }, ({ created, groups }) => ({
      order_group_id: created?.order_group_id ?? (groups[0] as { id: string }).id,
    }))
    return new WorkflowResponse(result)
  }
)
