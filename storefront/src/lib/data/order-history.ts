import { FetchError } from "@medusajs/js-sdk"
import { authHeaders } from "../auth/auth-cookie"
import type { OrderGroup } from "../checkout/types"
import { getSdk, storeHeaders } from "../config"

export const HISTORY_PAGE_SIZE = 10

export type OrderHistoryPage = { order_groups: OrderGroup[]; count: number; limit: number; offset: number }

/** One page of the signed-in customer's checkouts, newest first; null when no one is signed in. */
export async function listOrderHistory(page: number): Promise<OrderHistoryPage | null> {
  const auth = await authHeaders()
  if (!auth.authorization) return null
  try {
    return await getSdk().client.fetch<OrderHistoryPage>("/store/ocop/order-groups", {
      query: { limit: HISTORY_PAGE_SIZE, offset: Math.max(0, page - 1) * HISTORY_PAGE_SIZE },
      headers: { ...(await storeHeaders()), ...auth },
    })
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) return null
    throw error
  }
}
