"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { shopperHeaders } from "../auth/auth-cookie"
import { deliveryKind, type DeliveryKind, type LineProduct } from "../cart/producer-groups"
import type { OrderGroup } from "../checkout/types"
import { readOrderLookup, type OrderLookupState } from "../order/order-lookup"
import { getSdk, storeHeaders } from "../config"
import { listLineProducts } from "./products"

const ORDER_GROUP_ID = /^[a-z]+_[A-Za-z0-9]{1,64}$/

/**
 * A completed checkout by its id (unguessable: it is what lets a guest come back to it, its contact
 * masked), or null; a signed-in customer's own checkout comes in full, and to no one else.
 */
export async function retrieveOrderGroup(id: string): Promise<OrderGroup | null> {
  if (!ORDER_GROUP_ID.test(id)) return null
  try {
    const { order_group } = await getSdk().client.fetch<{ order_group: OrderGroup }>(`/store/ocop/order-groups/${id}`, {
      headers: await shopperHeaders(),
    })
    return order_group
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

/**
 * What the confirmation needs beyond the group to speak the buyer's language: the products (their
 * English titles) and whether each shipping method was delivery or pickup. Both are nice to have:
 * without them the order's own Vietnamese names are shown.
 */
export async function retrieveOrderGroupWording(
  group: OrderGroup
): Promise<{ products: LineProduct[]; deliveryKinds: Record<string, DeliveryKind> }> {
  const handles = [
    ...new Set(
      group.orders.flatMap((order) => order.items.flatMap((item) => (item.product_handle ? [item.product_handle] : [])))
    ),
  ]
  const [products, options] = await Promise.all([
    listLineProducts({ handles }).catch((error: unknown) => {
      console.error(`Could not read the products of order group ${group.id}`, error)
      return []
    }),
    getSdk()
      .client.fetch<HttpTypes.StoreShippingOptionListResponse>("/store/shipping-options", {
        query: { cart_id: group.cart_id },
        headers: await storeHeaders(),
      })
      .then(({ shipping_options }) => shipping_options)
      .catch((error: unknown) => {
        console.error(`Could not read the shipping options of order group ${group.id}`, error)
        return []
      }),
  ])
  return { products, deliveryKinds: Object.fromEntries(options.map((option) => [option.id, deliveryKind(option)])) }
}

/**
 * A guest finds its checkout again by an order number and the delivery phone, and is taken to it.
 * The backend answers the same 404 whichever of the two did not match.
 */
export async function lookUpOrderGroup(_previous: OrderLookupState, formData: FormData): Promise<OrderLookupState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const lookup = readOrderLookup(formData)
  if ("errors" in lookup) return lookup
  const values = { display_id: String(formData.get("display_id")), phone: lookup.phone }
  let groupId: string
  try {
    const { order_group } = await getSdk().client.fetch<{ order_group: Pick<OrderGroup, "id"> }>(
      "/store/ocop/order-lookup",
      {
        method: "POST",
        body: lookup,
        headers: await storeHeaders(),
      }
    )
    groupId = order_group.id
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400))
      return { values, errors: {}, error: "notFound" }
    console.error("Could not look up an order", error)
    return { values, errors: {}, error: "generic" }
  }
  return redirect({ href: `/order-groups/${groupId}`, locale })
}
