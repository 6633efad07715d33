import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { quantityLimitProblem, quantityLimits } from "./quantity-limits"

type LineChange = { cart_id: string; line_id?: string; variant_id?: string; quantity: number }

/**
 * Refuses, naming the field, a quantity the store cannot sell: outside the variant's order limits,
 * or more than is available in the cart's sales channel for it, counting the cart's other lines of
 * it. The reservation at checkout is what finally decides; this gives the buyer the clear answer early.
 */
export async function checkLineAvailability(container: MedusaContainer, change: LineChange) {
  if (!change.quantity) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "completed_at", "items.id", "items.variant_id", "items.quantity"],
    filters: { id: change.cart_id },
  })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart: no cart with id ${change.cart_id}`)
  const items = (cart.items ?? []) as { id: string; variant_id: string | null; quantity: number }[]
  const line = change.line_id ? items.find((item) => item.id === change.line_id) : undefined
  if (change.line_id && !line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `line_id: no line ${change.line_id} in this cart`)
  const variantId = line?.variant_id ?? change.variant_id
  if (!variantId) return

  const { data: [variant] } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "metadata", "manage_inventory", "allow_backorder", "product.title", "product.status"],
    filters: { id: variantId },
  })
  if (!variant || (variant as any).product?.status !== "published") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: no product variant ${variantId} is on sale`)
  }
  const name = `${(variant as any).product?.title ?? ""} – ${variant.title}`.trim()
  const others = items.filter((item) => item.variant_id === variantId && item.id !== change.line_id)
  const wanted = change.quantity + others.reduce((sum, item) => sum + Number(item.quantity), 0)
  const limitProblem = quantityLimitProblem(quantityLimits(variant.metadata), wanted, name)
  if (limitProblem) throw new MedusaError(MedusaError.Types.INVALID_DATA, limitProblem)
  if (!variant.manage_inventory || variant.allow_backorder) return

  const availability = await getVariantAvailability(query, { variant_ids: [variantId], sales_channel_id: cart.sales_channel_id! })
  const available = Number(availability[variantId]?.availability ?? 0)
  if (wanted > available) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      available > 0 ? `quantity: only ${available} of ${name} left` : `quantity: ${name} is out of stock`
    )
  }
}

/** The lines of a cart the store can no longer sell in full, as "title – only N left" (empty when all can). */
export async function shortItems(container: MedusaContainer, cartId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["sales_channel_id", "completed_at", "items.variant_id", "items.quantity", "items.title", "items.variant.manage_inventory", "items.variant.allow_backorder"],
    filters: { id: cartId },
  })
  if (!cart || cart.completed_at) return []
  const items = ((cart.items ?? []) as any[]).filter((i) => i?.variant_id && i.variant?.manage_inventory && !i.variant?.allow_backorder)
  if (!items.length) return []
  const available = await getVariantAvailability(query, { variant_ids: items.map((i) => i.variant_id), sales_channel_id: cart.sales_channel_id! })
  const wanted = new Map<string, number>()
  for (const item of items) wanted.set(item.variant_id, (wanted.get(item.variant_id) ?? 0) + Number(item.quantity))
  return items
    .filter((item, i) => items.findIndex((other) => other.variant_id === item.variant_id) === i)
    .filter((item) => wanted.get(item.variant_id)! > Number(available[item.variant_id]?.availability ?? 0))
    .map((item) => {
      const left = Number(available[item.variant_id]?.availability ?? 0)
      return left > 0 ? `${item.title} – only ${left} left` : `${item.title} – sold out`
    })
}

/** The cart's variants whose total quantity breaks their order limits, as "quantity: …" (empty when none do). */
export async function linesOutsideLimits(container: MedusaContainer, cartId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["completed_at", "items.variant_id", "items.quantity", "items.title", "items.variant.metadata"],
    filters: { id: cartId },
  })
  if (!cart || cart.completed_at) return []
  const byVariant = new Map<string, { title: string; metadata: Record<string, unknown> | null; quantity: number }>()
  for (const item of (cart.items ?? []) as any[]) {
    if (!item?.variant_id) continue
    const seen = byVariant.get(item.variant_id) ?? { title: item.title, metadata: item.variant?.metadata ?? null, quantity: 0 }
    seen.quantity += Number(item.quantity)
    byVariant.set(item.variant_id, seen)
  }
  return [...byVariant.values()]
    .map((line) => quantityLimitProblem(quantityLimits(line.metadata), line.quantity, line.title))
    .filter((problem): problem is string => !!problem)
}
