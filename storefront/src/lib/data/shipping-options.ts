"use server"

import type { HttpTypes } from "@medusajs/types"
import { unstable_cache } from "next/cache"
import { TAGS } from "../cache-tags"
import { getSdk, storeHeaders } from "../config"

type PricedCart = Pick<HttpTypes.StoreCart, "id" | "updated_at">

// The arguments are the cache key: `changedAt` (the cart's updated_at) is there only to be part of it.
const fetchShippingOptions = unstable_cache(
  async (cartId: string, headers: Record<string, string>, _changedAt: string) => {
    const { shipping_options } = await getSdk().client.fetch<HttpTypes.StoreShippingOptionListResponse>(
      "/store/shipping-options",
      {
        query: { cart_id: cartId },
        headers,
      }
    )
    return shipping_options
  },
  ["shipping-options"],
  { tags: [TAGS.carts] }
)

/**
 * The options of the cart's own producers, standard delivery already priced from each one's goods
 * (the backend lists and prices them in one request). Kept until the cart changes: under the cart's
 * tag, which every cart mutation expires, and keyed by the cart's last change for the changes made
 * elsewhere.
 */
export async function listShippingOptions(cart: PricedCart): Promise<HttpTypes.StoreCartShippingOption[]> {
  return fetchShippingOptions(cart.id, await storeHeaders(), String(cart.updated_at ?? ""))
}
