type LocationLevel = { location_id: string; available_quantity: unknown }
type InventoryLink = {
  inventory?: { requires_shipping?: boolean | null; location_levels?: LocationLevel[] | null } | null
}
export type ShippingCartItem = {
  quantity: unknown
  variant?: {
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    product?: { shipping_profile?: { id: string } | null } | null
    inventory_items?: InventoryLink[] | null
  } | null
}
export type ListedOption = {
  id: string
  price_type: string
  shipping_profile_id: string
  provider_id: string
  data?: Record<string, unknown> | null
  calculated_price?: { calculated_amount?: unknown; is_calculated_price_tax_inclusive?: boolean } | null
  service_zone: {
    fulfillment_set_id: string
    fulfillment_set: { location?: { id: string; address?: unknown; sales_channels?: { id: string }[] | null } | null }
  }
}
type Price = { calculated_amount: unknown; is_calculated_price_tax_inclusive: boolean }

/** The shipping profiles of the cart's goods: one per producer, so the producers whose options count. */
export function cartShippingProfileIds(items: ShippingCartItem[]): string[] {
  return [
    ...new Set(
      items.flatMap((item) =>
        item.variant?.product?.shipping_profile?.id ? [item.variant.product.shipping_profile.id] : []
      )
    ),
  ]
}

/** The cart's lines that ship under this profile: all a producer's delivery fee may depend on. */
export function itemsOfProfile<T extends ShippingCartItem>(items: T[], profileId: string): T[] {
  return items.filter((item) => item.variant?.product?.shipping_profile?.id === profileId)
}

/** Only options whose stock location sells in the cart's sales channel, as Medusa's own listing has them. */
export function sellingInChannel<T extends ListedOption>(options: T[], salesChannelId: string): T[] {
  return options.filter((option) =>
    option.service_zone.fulfillment_set.location?.sales_channels?.some((channel) => channel.id === salesChannelId)
  )
}

/**
 * Whether the location cannot ship all of the option's own lines. Medusa's listing asks this of
 * every line in the cart, which in a marketplace flags every producer: each holds only its own goods.
 */
function lacksStock(option: ListedOption, items: ShippingCartItem[]): boolean {
  const locationId = option.service_zone.fulfillment_set.location?.id
  return itemsOfProfile(items, option.shipping_profile_id).some((item) => {
    if (!item.variant?.manage_inventory || item.variant.allow_backorder) return false
    return (item.variant.inventory_items ?? []).some(({ inventory }) => {
      if (!inventory?.requires_shipping) return false
      const level = inventory.location_levels?.find((l) => l.location_id === locationId)
      return !level || Number(level.available_quantity) < Number(item.quantity)
    })
  })
}

/**
 * The options as Medusa's store API shapes them (`amount`, `is_tax_inclusive`, `insufficient_inventory`),
 * each calculated one with its price from `prices` (in the order of `calculated`), without the
 * sales-channel links that were read only to filter. The location's address stays for the pickup.
 */
export function pricedOptions(
  options: ListedOption[],
  calculated: ListedOption[],
  prices: Price[],
  items: ShippingCartItem[]
) {
  const priceOf = new Map(calculated.map((option, i) => [option.id, prices[i]]))
  return options.map((option) => {
    const price = option.price_type === "calculated" ? priceOf.get(option.id) : option.calculated_price
    const location = option.service_zone.fulfillment_set.location
    const { sales_channels: _channels, ...shownLocation } = location ?? { id: "" }
    return {
      ...option,
      ...(option.price_type === "calculated" ? { calculated_price: price ?? null } : {}),
      service_zone: {
        ...option.service_zone,
        fulfillment_set: { ...option.service_zone.fulfillment_set, location: location ? shownLocation : location },
      },
      amount: price?.calculated_amount,
      is_tax_inclusive: !!price?.is_calculated_price_tax_inclusive,
      insufficient_inventory: lacksStock(option, items),
    }
  })
}
