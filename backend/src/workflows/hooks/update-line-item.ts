import { MedusaError } from "@medusajs/framework/utils"
import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { checkCartLines } from "../../lib/cart-lines"
import { customerBuysWholesale } from "../../lib/wholesale-cart"

// Quantity 0 removes the line, which needs no check.
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const quantity = input.update.quantity
  const line = (cart.items ?? []).find((item: { id: string }) => item.id === input.item_id)
  // A booking's lines follow its participants and nights, whose places are held: they change with the booking.
  if (
    quantity !== undefined &&
    (line as { metadata?: Record<string, unknown> | null } | undefined)?.metadata?.booking_id
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "quantity: a booking's line changes only with its booking; remove the booking and book again"
    )
  }
  if (quantity === undefined || Number(quantity) === 0 || !line?.variant_id) return
  const lines = (cart.items ?? []).flatMap((item: { id: string; variant_id?: string | null; quantity: unknown }) =>
    item.variant_id
      ? [{ variant_id: item.variant_id, quantity: Number(item.id === line.id ? quantity : item.quantity) }]
      : []
  )
  const wholesale = await customerBuysWholesale(container, (cart as { customer?: { id?: string } | null }).customer?.id)
  await checkCartLines(container, cart.sales_channel_id, lines, [line.variant_id], wholesale)
})
