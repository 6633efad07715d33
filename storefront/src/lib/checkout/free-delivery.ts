import type { HttpTypes } from "@medusajs/types"
import { deliveryKind, producerOfOption } from "../cart/producer-groups"

/**
 * From how much of a producer's goods its standard delivery is free (VND), or null when it never
 * is: the backend keeps it in the option's data beside the fee, and prices the option from it.
 */
export function freeDeliveryFrom(option: Pick<HttpTypes.StoreCartShippingOption, "data">): number | null {
  const threshold = option.data?.free_shipping_threshold
  return typeof threshold === "number" && Number.isInteger(threshold) && threshold > 0 ? threshold : null
}

/** A producer's standard delivery for the cart as it is: what it costs now, and from when it is free. */
export type StandardDelivery = { amount: number; freeFrom: number | null }

/** Each producer's standard delivery among the cart's priced shipping options, by producer id. */
export function standardDeliveries(options: HttpTypes.StoreCartShippingOption[]): Record<string, StandardDelivery> {
  const deliveries: Record<string, StandardDelivery> = {}
  for (const option of options) {
    const producerId = producerOfOption(option)
    if (!producerId || deliveryKind(option) !== "standard" || typeof option.amount !== "number") continue
    deliveries[producerId] = { amount: option.amount, freeFrom: freeDeliveryFrom(option) }
  }
  return deliveries
}
