import type { HttpTypes } from "@medusajs/types"
import { localizedTitle } from "../util/localized"

export type CartProducer = { id: string; name: string; handle: string }

/** What a cart or order line needs of its product: its English titles, its stock and its producer. */
export type LineProduct = {
  id: string
  handle: string
  title: string
  metadata: Record<string, unknown> | null
  variants: {
    id: string
    title: string | null
    metadata: Record<string, unknown> | null
    inventory_quantity?: number | null
  }[]
  producer: CartProducer | null
}

export type CartLine = { item: HttpTypes.StoreCartLineItem; product: LineProduct | null }

export type DeliveryKind = "standard" | "pickup"

/** The shipping method a producer's part of the cart has, as the buyer chose it. */
export type ProducerShipping = { optionId: string; kind: DeliveryKind; amount: number }

export type ProducerGroup = {
  /** Null only for a product the store no longer lists, whose producer cannot be read. */
  producer: CartProducer | null
  lines: CartLine[]
  itemTotal: number
  shipping: ProducerShipping | null
  /**
   * Whether any line is delivered. A producer whose part is only experience bookings (lines with
   * `requires_shipping: false`) has nothing to ship, so the checkout asks it for no delivery.
   */
  needsDelivery: boolean
  /** Items and shipping, VAT included, as the producer's order will charge them. */
  total: number
}

const byCreation = (a: HttpTypes.StoreCartLineItem, b: HttpTypes.StoreCartLineItem) =>
  String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")) || a.id.localeCompare(b.id)

/** The producer a shipping option belongs to: the backend puts it in the option's data. */
export function producerOfOption(option: Pick<HttpTypes.StoreCartShippingOption, "data">): string | null {
  const producerId = option.data?.producer_id
  return typeof producerId === "string" ? producerId : null
}

export function deliveryKind(option: Pick<HttpTypes.StoreCartShippingOption, "type">): DeliveryKind {
  return option.type?.code === "pickup" ? "pickup" : "standard"
}

/**
 * The cart's lines by producer, in the order they were first added, each with its subtotal and,
 * once chosen, its shipping method (a cart keeps one per producer, matched through its option).
 */
export function groupByProducer(
  cart: Pick<HttpTypes.StoreCart, "items" | "shipping_methods">,
  products: LineProduct[],
  shippingOptions: HttpTypes.StoreCartShippingOption[] = []
): ProducerGroup[] {
  const productById = new Map(products.map((product) => [product.id, product]))
  const optionById = new Map(shippingOptions.map((option) => [option.id, option]))
  const groups = new Map<string, ProducerGroup>()

  for (const item of [...(cart.items ?? [])].sort(byCreation)) {
    const product = (item.product_id && productById.get(item.product_id)) || null
    const key = product?.producer?.id ?? ""
    let group = groups.get(key)
    if (!group) {
      group = {
        producer: product?.producer ?? null,
        lines: [],
        itemTotal: 0,
        shipping: null,
        needsDelivery: false,
        total: 0,
      }
      groups.set(key, group)
    }
    group.lines.push({ item, product })
    group.needsDelivery ||= item.requires_shipping !== false
    group.itemTotal += Number(item.total ?? item.unit_price * item.quantity)
  }

  for (const method of cart.shipping_methods ?? []) {
    const option = method.shipping_option_id ? optionById.get(method.shipping_option_id) : undefined
    const group = option ? groups.get(producerOfOption(option) ?? "") : undefined
    if (!option || !group) continue
    group.shipping = { optionId: option.id, kind: deliveryKind(option), amount: Number(method.total ?? method.amount) }
  }

  return [...groups.values()].map((group) => ({ ...group, total: group.itemTotal + (group.shipping?.amount ?? 0) }))
}

/** A line's product and pack size in the reader's language. */
export function lineTitles(line: CartLine, locale: string) {
  const variant = line.product?.variants.find((candidate) => candidate.id === line.item.variant_id)
  return {
    title: line.product ? localizedTitle(line.product, locale) : (line.item.product_title ?? line.item.title),
    variant: variant ? localizedTitle(variant, locale) : (line.item.variant_title ?? null),
  }
}

/** How many of the line's variant the store still has, or null when it does not say. */
export function availableQuantity(line: CartLine): number | null {
  const variant = line.product?.variants.find((candidate) => candidate.id === line.item.variant_id)
  return variant?.inventory_quantity ?? null
}

/** The experience booking a cart line belongs to (its places are chosen on the booking, not by quantity), or null. */
export function bookingOfLine(item: Pick<HttpTypes.StoreCartLineItem, "metadata">): string | null {
  const bookingId = item.metadata?.booking_id
  return typeof bookingId === "string" && bookingId ? bookingId : null
}

/** The number of units in the cart, for the header. */
export function countUnits(cart: Pick<HttpTypes.StoreCart, "items"> | null): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}
