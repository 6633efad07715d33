"use server"

import type { HttpTypes } from "@medusajs/types"
import { TAGS } from "../cache-tags"
import { getSdk, storeHeaders } from "../config"

/**
 * The cart's shipping options with their amounts. Standard delivery is priced from the producer's
 * own lines (free from its threshold), which Medusa lists without an amount: each such option is
 * priced for this cart.
 */
export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const headers = await storeHeaders()
  const { shipping_options } = await getSdk().client.fetch<HttpTypes.StoreShippingOptionListResponse>("/store/shipping-options", {
    query: { cart_id: cartId },
    headers,
    next: { tags: [TAGS.carts] },
  })
  return Promise.all(
    shipping_options.map(async (option) => {
      if (option.price_type !== "calculated") return option
      const { shipping_option } = await getSdk().store.fulfillment.calculate(option.id, { cart_id: cartId }, { fields: "id" }, headers)
      return { ...option, amount: shipping_option.amount }
    })
  )
}
