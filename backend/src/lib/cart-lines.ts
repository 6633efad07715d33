import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "./error-codes"
import { MAX_WHOLESALE_LINE_QUANTITY, orderLimits, quantityLimitProblem } from "@ocop/shared"
import { customerBuysWholesale, wholesaleLineProblem } from "./wholesale-cart"

/** A line of a cart as it would stand after a change: its variant and quantity. */
export type CartLine = { variant_id: string; quantity: number }

type SaleVariant = {
  id: string
  title: string
  metadata: Record<string, unknown> | null
  manage_inventory: boolean
  allow_backorder: boolean
  product?: { title?: string; status?: string } | null
}

const totalsByVariant = (lines: CartLine[]) => {
  const totals = new Map<string, number>()
  for (const line of lines) totals.set(line.variant_id, (totals.get(line.variant_id) ?? 0) + Number(line.quantity))
  return totals
}

/**
 * Refuses, naming the field, a change that leaves the cart with what the store cannot sell: a
 * variant that is not on sale, a quantity outside its order limits (the store's 1–99 included), or
 * more than is available in the cart's sales channel. `lines` are all the cart's lines after the
 * change; only the `changed` variants are judged, the others were when they came in (and the
 * completion checks them all again). The reservation at completion is what finally decides stock;
 * this gives the buyer the clear answer early. A `wholesale` cart (a verified buyer's) is held to the
 * variants' wholesale minimum and case pack instead, up to MAX_WHOLESALE_LINE_QUANTITY.
 */
export async function checkCartLines(
  container: MedusaContainer,
  salesChannelId: string | null | undefined,
  lines: CartLine[],
  changed: string[],
  wholesale = false
) {
  const variantIds = [...new Set(changed)]
  if (!variantIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "metadata", "manage_inventory", "allow_backorder", "product.title", "product.status"],
    filters: { id: variantIds },
  })
  const variants = new Map((data as SaleVariant[]).map((variant) => [variant.id, variant]))
  const wanted = totalsByVariant(lines)
  const name = (variant: SaleVariant) => `${variant.product?.title ?? ""} – ${variant.title}`.trim()

  for (const id of variantIds) {
    const variant = variants.get(id)
    if (!variant || variant.product?.status !== "published") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: no product variant ${id} is on sale`)
    }
    const units = wanted.get(id) ?? 0
    if (wholesale) {
      checkWholesaleQuantity(variant, units, name(variant))
      continue
    }
    const limits = orderLimits(variant.metadata)
    const problem = quantityLimitProblem(limits, units, name(variant))
    if (problem) {
      const code =
        units < limits.min ? ERROR_CODES.belowMinimum : units > limits.max ? ERROR_CODES.aboveMaximum : undefined
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem, code)
    }
  }

  const tracked = variantIds.filter((id) => variants.get(id)!.manage_inventory && !variants.get(id)!.allow_backorder)
  if (!tracked.length) return
  const availability = await getVariantAvailability(query, { variant_ids: tracked, sales_channel_id: salesChannelId! })
  for (const id of tracked) {
    const available = Number(availability[id]?.availability ?? 0)
    if (wanted.get(id)! > available) {
      const variant = variants.get(id)!
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        available > 0
          ? `quantity: only ${available} of ${name(variant)} left`
          : `quantity: ${name(variant)} is out of stock`,
        ERROR_CODES.insufficientInventory
      )
    }
  }
}

function checkWholesaleQuantity(variant: SaleVariant, units: number, name: string) {
  if (!Number.isInteger(units) || units > MAX_WHOLESALE_LINE_QUANTITY) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `quantity: at most ${MAX_WHOLESALE_LINE_QUANTITY} per order for ${name}`,
      ERROR_CODES.aboveMaximum
    )
  }
  const problem = wholesaleLineProblem(variant.metadata, units, name)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem.message, problem.code)
}

/** The lines of a cart the store can no longer sell in full, as "title – only N left" (empty when all can). */
export async function shortItems(container: MedusaContainer, cartId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "sales_channel_id",
      "completed_at",
      "items.variant_id",
      "items.quantity",
      "items.title",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
    ],
    filters: { id: cartId },
  })
  if (!cart || cart.completed_at) return []
  const items = (cart.items ?? []).flatMap((i) =>
    i?.variant_id && i.variant?.manage_inventory && !i.variant?.allow_backorder
      ? [{ variant_id: i.variant_id, quantity: i.quantity, title: i.title }]
      : []
  )
  if (!items.length) return []
  const available = await getVariantAvailability(query, {
    variant_ids: items.map((i) => i.variant_id),
    sales_channel_id: cart.sales_channel_id!,
  })
  const wanted = totalsByVariant(items)
  return items
    .filter((item, i) => items.findIndex((other) => other.variant_id === item.variant_id) === i)
    .filter((item) => wanted.get(item.variant_id)! > Number(available[item.variant_id]?.availability ?? 0))
    .map((item) => {
      const left = Number(available[item.variant_id]?.availability ?? 0)
      return left > 0 ? `${item.title} – only ${left} left` : `${item.title} – sold out`
    })
}

/**
 * The cart's variants whose total quantity breaks their order limits, as "quantity: …" (empty when
 * none do). A verified buyer's cart is held to the wholesale rules instead, which the completion's
 * validate hook checks (checkWholesaleCart).
 */
export async function linesOutsideLimits(container: MedusaContainer, cartId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "completed_at",
      "customer_id",
      "items.variant_id",
      "items.quantity",
      "items.title",
      "items.variant.metadata",
    ],
    filters: { id: cartId },
  })
  if (!cart || cart.completed_at || (await customerBuysWholesale(container, cart.customer_id))) return []
  const byVariant = new Map<string, { title: string; metadata: Record<string, unknown> | null; quantity: number }>()
  for (const item of cart.items ?? []) {
    if (!item?.variant_id) continue
    const seen = byVariant.get(item.variant_id) ?? {
      title: item.title,
      metadata: item.variant?.metadata ?? null,
      quantity: 0,
    }
    seen.quantity += Number(item.quantity)
    byVariant.set(item.variant_id, seen)
  }
  return [...byVariant.values()]
    .map((line) => quantityLimitProblem(orderLimits(line.metadata), line.quantity, line.title))
    .filter((problem): problem is string => !!problem)
}
