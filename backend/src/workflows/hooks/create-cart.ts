import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { checkCartLines } from "../../lib/cart-lines"
import { customerBuysWholesale } from "../../lib/wholesale-cart"

// A cart made with lines (POST /store/carts with `items`, a reorder) is held to what adding them later would be.
createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const lines = (cart.items ?? []).flatMap((item) =>
    item.variant_id ? [{ variant_id: item.variant_id, quantity: Number(item.quantity) }] : []
  )
  if (!lines.length) return
  await checkCartLines(
    container,
    cart.sales_channel_id,
    lines,
    lines.map((line) => line.variant_id),
    await customerBuysWholesale(container, cart.customer_id)
  )
})
