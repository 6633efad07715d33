"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { shopperHeaders } from "../auth/auth-cookie"
import { readCartId, writeCartId } from "../cart/cart-cookie"
import { invalidateCart } from "../cart/invalidate-cart"
import { cartErrorCode, quantityLimitState, type CartActionState } from "../cart/cart-errors"
import { countUnits, groupByProducer, type LineProduct } from "../cart/producer-groups"
import { MAX_WHOLESALE_LINE_QUANTITY, orderLimits } from "@ocop/shared"
import { parseQuantity } from "../cart/quantity"
import { standardDeliveries } from "../checkout/free-delivery"
import { getSdk } from "../config"
import { storeFetch } from "../store-fetch"
import { retrieveOrderGroup } from "./order-groups"
import { listLineProducts } from "./products"
import { listShippingOptions } from "./shipping-options"
import { retrieveRegion } from "./regions"

// Line totals, shipping method totals and the address's metadata (province and commune codes)
// are not among the store API's default cart fields.
// Whether a line ships and the booking it belongs to tell goods from experience bookings.
const CART_FIELDS =
  "+items.total,+items.requires_shipping,+items.metadata,+shipping_methods.name,+shipping_methods.total,*shipping_address"

// Once per request: the page, its header and a server action's re-render may each ask for the cart.
const fetchCart = cache(async (cartId: string, fields: string) => {
  try {
    const { cart } = await getSdk().client.fetch<HttpTypes.StoreCartResponse>(
      `/store/carts/${encodeURIComponent(cartId)}`,
      {
        query: { fields },
        headers: await shopperHeaders(),
      }
    )
    // A completed cart became an order: the shopper starts a new one.
    return cart.completed_at ? null : cart
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
})

/** The shopper's open cart (from the cookie) with its items and totals, or null when they have none. */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const cartId = await readCartId()
  return cartId ? fetchCart(cartId, CART_FIELDS) : null
}

/** The products behind the cart's lines, with their producer, English titles and stock. */
export async function listCartProducts(cart: Pick<HttpTypes.StoreCart, "items">): Promise<LineProduct[]> {
  return listLineProducts({
    ids: [...new Set((cart.items ?? []).flatMap((item) => (item.product_id ? [item.product_id] : [])))],
  })
}

/**
 * The cart with its lines grouped by producer and each producer's standard delivery as the cart
 * stands (none when the options cannot be read), or null when the shopper has no open cart.
 */
export async function retrieveCartByProducer() {
  const cart = await retrieveCart()
  if (!cart) return null
  const [products, options] = await Promise.all([
    listCartProducts(cart),
    cart.items?.length
      ? listShippingOptions(cart).catch((error: unknown) => {
          console.error(`Could not list the shipping options of cart ${cart.id}`, error)
          return []
        })
      : [],
  ])
  return { cart, groups: groupByProducer(cart, products), deliveries: standardDeliveries(options) }
}

/** How many units the cart holds, for the header; 0 when the backend cannot say. */
export async function countCartUnits(): Promise<number> {
  const cartId = await readCartId()
  const cart = cartId
    ? await fetchCart(cartId, "id,completed_at,items.quantity").catch((error: unknown) => {
        console.error("Could not count the cart's units", error)
        return null
      })
    : null
  return countUnits(cart)
}

/** The shopper's open cart, made (and remembered in the cookie) when there is none; for bulk adds too. */
export async function openCartId(): Promise<string> {
  const cartId = await readCartId()
  const cart = cartId ? await fetchCart(cartId, "id,completed_at") : null
  if (cart) return cart.id
  const region = await retrieveRegion()
  // Made by a signed-in customer, the cart is the customer's (its e-mail, its order history).
  const { cart: created } = await getSdk().store.cart.create(
    { region_id: region.id },
    { fields: "id" },
    await shopperHeaders()
  )
  await writeCartId(created.id)
  return created.id
}

/** A variant as the catalogue has it (its stock and order limits), or null when it cannot be read. */
async function catalogueVariant(productId: string | null | undefined, variantId: string | null | undefined) {
  const [product] = productId ? await listLineProducts({ ids: [productId] }).catch(() => []) : []
  return product?.variants.find((variant) => variant.id === variantId) ?? null
}

/** Adds `quantity` of the form's variant to the shopper's cart, making the cart on the first add. */
export async function addToCart(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const variantId = String(formData.get("variant_id") ?? "")
  const quantity = parseQuantity(formData.get("quantity"), MAX_WHOLESALE_LINE_QUANTITY)
  if (!variantId || !quantity) return { status: "error", error: "invalidQuantity" }

  try {
    const cartId = await openCartId()
    await storeFetch(`/store/carts/${encodeURIComponent(cartId)}/line-items`, {
      method: "POST",
      body: { variant_id: variantId, quantity },
      query: { fields: "id" },
      headers: await shopperHeaders(),
    })
  } catch (error) {
    console.error(`Could not add variant ${variantId} to the cart`, error)
    const variant = await catalogueVariant(String(formData.get("product_id") ?? ""), variantId)
    const limited = quantityLimitState(error, variant && orderLimits(variant.metadata))
    if (limited) return limited
    const code = cartErrorCode(error)
    if (code !== "notEnoughStock") return { status: "error", error: code }
    // What can still be added: the stock less what this cart already holds.
    const stock = variant?.inventory_quantity ?? null
    const inCart = ((await retrieveCart())?.items ?? [])
      .filter((item) => item.variant_id === variantId)
      .reduce((sum, item) => sum + item.quantity, 0)
    return { status: "error", error: code, available: stock === null ? null : Math.max(0, stock - inCart) }
  } finally {
    invalidateCart()
  }
  return { status: "added" }
}

/** Sets a line's quantity; 0 removes the line. */
export async function updateLineItem(previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const lineId = String(formData.get("line_id") ?? "")
  const quantity = parseQuantity(formData.get("quantity"), MAX_WHOLESALE_LINE_QUANTITY)
  if (!lineId || quantity === null) return { status: "error", error: "invalidQuantity" }
  if (quantity === 0) return deleteLineItem(previous, formData)

  const cartId = await readCartId()
  if (!cartId) return { status: "error", error: "unavailable" }
  try {
    await storeFetch(`/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, {
      method: "POST",
      body: { quantity },
      query: { fields: "id" },
      headers: await shopperHeaders(),
    })
  } catch (error) {
    console.error(`Could not set line ${lineId} to ${quantity}`, error)
    const line = (await retrieveCart().catch(() => null))?.items?.find((item) => item.id === lineId)
    const variant = await catalogueVariant(line?.product_id, line?.variant_id)
    const limited = quantityLimitState(error, variant && orderLimits(variant.metadata))
    if (limited) return limited
    const code = cartErrorCode(error)
    if (code !== "notEnoughStock") return { status: "error", error: code }
    return { status: "error", error: code, available: variant?.inventory_quantity ?? null }
  } finally {
    invalidateCart()
  }
  return { status: "updated" }
}

export async function deleteLineItem(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const lineId = String(formData.get("line_id") ?? "")
  const cartId = await readCartId()
  if (!lineId || !cartId) return { status: "error", error: "unavailable" }
  try {
    await getSdk().store.cart.deleteLineItem(cartId, lineId, {}, await shopperHeaders())
  } catch (error) {
    console.error(`Could not remove line ${lineId}`, error)
    return { status: "error", error: cartErrorCode(error) }
  } finally {
    invalidateCart()
  }
  return { status: "updated" }
}

/**
 * "Buy again": every line of an earlier checkout goes into the cart at its old quantity. Lines the
 * store can no longer sell (sold out, withdrawn, outside the order limits) are left out and counted.
 */
export async function reorder(formData: FormData) {
  const locale = resolveLocale(String(formData.get("locale")))
  const group = await retrieveOrderGroup(String(formData.get("order_group_id") ?? ""))
  if (!group) return redirect({ href: "/account", locale })
  const items = group.orders.flatMap((order) => order.items).filter((item) => item.variant_id)
  let skipped = group.orders.flatMap((order) => order.items).length - items.length
  try {
    const cartId = await openCartId()
    for (const item of items) {
      await getSdk()
        .store.cart.createLineItem(
          cartId,
          { variant_id: item.variant_id!, quantity: item.quantity },
          { fields: "id" },
          await shopperHeaders()
        )
        .catch((error: unknown) => {
          console.error(`Could not add variant ${item.variant_id} again`, error)
          skipped += 1
        })
    }
  } finally {
    invalidateCart()
  }
  return redirect({ href: skipped ? { pathname: "/cart", query: { skipped: String(skipped) } } : "/cart", locale })
}
