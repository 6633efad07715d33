"use server"

import { type BulkLinesAnswer, MAX_BULK_FILE_BYTES } from "@ocop/shared"
import { refresh } from "next/cache"
import { shopperHeaders } from "../auth/auth-cookie"
import { errorCode } from "../backend-error"
import { invalidateCart } from "../cart/invalidate-cart"
import { storeFetch } from "../store-fetch"
import { openCartId } from "./cart"
import { retrieveOrderGroup } from "./order-groups"

/** A variant the quick-order pad found, with its wholesale minimum and case pack. */
export type WholesaleVariant = {
  id: string
  sku: string | null
  title: string
  product_id: string
  product_title: string
  product_handle: string
  thumbnail: string | null
  producer: { name: string; handle: string } | null
  min_quantity: number
  case_pack: number
}

export type PurchaseListItem = {
  id: string
  variant_id: string
  quantity: number
  sku: string | null
  title: string | null
  product_handle: string | null
}
export type PurchaseList = { id: string; name: string; created_at: string; items: PurchaseListItem[] }

/** Why a bulk action failed as a whole, as message keys under `BulkOrder.error`. */
export type BulkFailure = "fileInvalid" | "tooManyRows" | "fileTooLarge" | "notWholesaleBuyer" | "emptyCart" | "generic"

/** What a bulk action tells the buyer: the rows added and refused, or why nothing was read. */
export type BulkActionState =
  { status: "idle" } | { status: "done"; answer: BulkLinesAnswer } | { status: "error"; error: BulkFailure }

const FAILURE_OF_CODE: Record<string, BulkFailure> = {
  bulk_file_invalid: "fileInvalid",
  bulk_too_many_rows: "tooManyRows",
  invalid_file: "fileTooLarge",
  not_wholesale_buyer: "notWholesaleBuyer",
  purchase_list_empty: "emptyCart",
}

const failureOf = (error: unknown): BulkFailure => FAILURE_OF_CODE[errorCode(error) ?? ""] ?? "generic"

/** Up to 10 published variants whose SKU starts with `q` or whose product title contains it. */
export async function searchWholesaleVariants(q: string): Promise<WholesaleVariant[]> {
  const text = q.trim().slice(0, 100)
  if (!text) return []
  const { variants } = await storeFetch<{ variants: WholesaleVariant[] }>("/store/wholesale/variants", {
    query: { q: text },
    headers: await shopperHeaders(),
  })
  return variants
}

async function addBulk(path: (cartId: string) => string, body: (cartId: string) => unknown): Promise<BulkActionState> {
  try {
    const cartId = await openCartId()
    const answer = await storeFetch<BulkLinesAnswer>(path(cartId), {
      method: "POST",
      body: body(cartId),
      headers: await shopperHeaders(),
    })
    return { status: "done", answer }
  } catch (error) {
    console.error("A bulk add to the cart failed", error)
    return { status: "error", error: failureOf(error) }
  } finally {
    invalidateCart()
  }
}

/** Adds the good rows of the form's `sku,quantity` CSV file to the shopper's cart. */
export async function uploadBulkCsv(_previous: BulkActionState, formData: FormData): Promise<BulkActionState> {
  const file = formData.get("file")
  if (!(file instanceof File) || !file.size) return { status: "error", error: "fileInvalid" }
  if (file.size > MAX_BULK_FILE_BYTES) return { status: "error", error: "fileTooLarge" }
  const text = await file.text()
  return addBulk(
    (cartId) => `/store/carts/${encodeURIComponent(cartId)}/bulk-lines`,
    () => ({ file: text })
  )
}

/** The company's purchase lists, newest first; null when the shopper is not staff of a verified company. */
export async function listPurchaseLists(): Promise<PurchaseList[] | null> {
  try {
    const { purchase_lists } = await storeFetch<{ purchase_lists: PurchaseList[] }>(
      "/store/companies/me/purchase-lists",
      { headers: await shopperHeaders() }
    )
    return purchase_lists
  } catch (error) {
    if (errorCode(error) === "not_wholesale_buyer" || (error as { status?: number }).status === 401) return null
    throw error
  }
}

export type SaveListState =
  { status: "idle" } | { status: "saved"; name: string } | { status: "error"; error: BulkFailure }

/** Saves the shopper's open cart under the form's `name`. */
export async function savePurchaseList(_previous: SaveListState, formData: FormData): Promise<SaveListState> {
  const name = String(formData.get("name") ?? "").trim()
  if (!name) return { status: "error", error: "generic" }
  try {
    const cartId = await openCartId()
    await storeFetch("/store/companies/me/purchase-lists", {
      method: "POST",
      body: { name, cart_id: cartId },
      headers: await shopperHeaders(),
    })
    // The lists page shows the new list.
    refresh()
    return { status: "saved", name }
  } catch (error) {
    console.error("Could not save the cart as a purchase list", error)
    return { status: "error", error: failureOf(error) }
  }
}

/** Adds the form's purchase list (`list_id`) to the shopper's cart with an upload's checks. */
export async function addPurchaseListToCart(_previous: BulkActionState, formData: FormData): Promise<BulkActionState> {
  const listId = String(formData.get("list_id") ?? "")
  return addBulk(
    () => `/store/companies/me/purchase-lists/${encodeURIComponent(listId)}/add-to-cart`,
    (cartId) => ({ cart_id: cartId })
  )
}

/** Deletes the form's purchase list (`list_id`). */
export async function deletePurchaseList(formData: FormData): Promise<void> {
  const listId = String(formData.get("list_id") ?? "")
  await storeFetch(`/store/companies/me/purchase-lists/${encodeURIComponent(listId)}`, {
    method: "DELETE",
    headers: await shopperHeaders(),
  })
  refresh()
}

/**
 * "Order again": every producer order of an earlier checkout goes into the cart with an upload's
 * checks (a wholesale buyer's minimums and case packs included); one answer for the whole checkout.
 */
export async function reorderOrderGroup(_previous: BulkActionState, formData: FormData): Promise<BulkActionState> {
  const group = await retrieveOrderGroup(String(formData.get("order_group_id") ?? ""))
  if (!group) return { status: "error", error: "generic" }
  const answer: BulkLinesAnswer = { added: [], errors: [] }
  for (const order of group.orders) {
    const state = await addBulk(
      () => `/store/orders/${encodeURIComponent(order.id)}/reorder`,
      (cartId) => ({ cart_id: cartId })
    )
    if (state.status === "error") return state
    if (state.status === "done") {
      answer.added.push(...state.answer.added)
      answer.errors.push(...state.answer.errors)
    }
  }
  return { status: "done", answer }
}
