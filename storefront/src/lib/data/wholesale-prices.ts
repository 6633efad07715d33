"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { ProductWholesale, WholesaleCartSummary } from "@ocop/shared"
import { readAuthToken, shopperHeaders } from "../auth/auth-cookie"
import { readCartId } from "../cart/cart-cookie"
import { storeFetch } from "../store-fetch"

const isNotFound = (error: unknown) => error instanceof FetchError && error.status === 404

/** A product's wholesale tiers for a signed-in verified buyer; null for everyone else (the backend's 404). */
export async function retrieveWholesaleTiers(productId: string): Promise<ProductWholesale | null> {
  // A guest is never a verified buyer: no need to ask.
  if (!(await readAuthToken("customer"))) return null
  try {
    const { wholesale } = await storeFetch<{ wholesale: ProductWholesale }>(
      `/store/products/${encodeURIComponent(productId)}/wholesale-tiers`,
      { headers: await shopperHeaders() }
    )
    return wholesale
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** The open cart per producer against each producer's wholesale minimum; null unless a verified buyer's. */
export async function retrieveWholesaleCart(): Promise<WholesaleCartSummary | null> {
  const cartId = await readCartId()
  if (!cartId || !(await readAuthToken("customer"))) return null
  try {
    const { wholesale } = await storeFetch<{ wholesale: WholesaleCartSummary }>(
      `/store/carts/${encodeURIComponent(cartId)}/wholesale`,
      { headers: await shopperHeaders() }
    )
    return wholesale
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
