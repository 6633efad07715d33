import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findQuoteOfOrderGroupStepId = "find-quote-of-order-group"

/** The quote whose prepared cart a placed order group checked out, with the group's producer orders; null for any other checkout. */
export const findQuoteOfOrderGroupStep = createStep(
  findQuoteOfOrderGroupStepId,
  async (input: { order_group_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "order_group",
      fields: ["cart_id", "orders.id"],
      filters: { id: input.order_group_id },
    })
    if (!group?.cart_id) return new StepResponse(null)
    const {
      data: [quote],
    } = await query.graph({ entity: "quote", fields: ["id"], filters: { cart_id: group.cart_id } })
    if (!quote) return new StepResponse(null)
    const orderIds = (group.orders ?? []).flatMap((order: { id: string } | null) => (order ? [order.id] : []))
    return new StepResponse({ quote_id: quote.id as string, order_ids: orderIds })
  }
)
