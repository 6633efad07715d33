import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { checkCartLines, type CartLine } from "../../lib/cart-lines"
import { customerBuysWholesale } from "../../lib/wholesale-cart"
import { refuseUnbookedExperienceLines } from "./experience-lines"

// Lines already in the cart count toward a variant's limits and stock: Medusa merges an added line into them.
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const added = (input.items ?? []).flatMap((item) =>
    item.variant_id ? [{ variant_id: item.variant_id, quantity: Number(item.quantity) }] : []
  )
  if (!added.length) return
  await refuseUnbookedExperienceLines(container, cart.id, input.items ?? [])
  const {
    data: [held],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["items.variant_id", "items.quantity"],
    filters: { id: cart.id },
  })
  const lines = ((held?.items ?? []) as { variant_id: string | null; quantity: unknown }[]).flatMap((item) =>
    item?.variant_id ? [{ variant_id: item.variant_id, quantity: Number(item.quantity) }] : []
  )
  await checkCartLines(
    container,
    cart.sales_channel_id,
    [...lines, ...added] as CartLine[],
    added.map((line) => line.variant_id),
    await customerBuysWholesale(container, (cart as { customer?: { id?: string } | null }).customer?.id)
  )
})
