import { FetchError } from "@medusajs/js-sdk"
import { errorCode } from "../backend-error"
import type { OrderLimits } from "@ocop/shared"

/**
 * What a cart action tells the shopper, as message keys under `Cart.error` (the client words them
 * in the page's language). `available` is how many more the store can sell when stock ran short.
 */
export type CartActionState =
  | { status: "idle" }
  | { status: "added" }
  | { status: "updated" }
  | { status: "error"; error: CartErrorCode; available?: number | null; limit?: number }

export type CartErrorCode =
  | "notEnoughStock"
  | "belowMinimum"
  | "aboveMaximum"
  | "invalidQuantity"
  | "unavailable"
  | "generic"
  | WholesaleCartErrorCode

/** A verified buyer's refusals, worded under `WholesalePrices.error`. */
export type WholesaleCartErrorCode = "belowWholesaleMinimum" | "notCaseMultiple"
export const isWholesaleCartError = (code: CartErrorCode): code is WholesaleCartErrorCode =>
  code === "belowWholesaleMinimum" || code === "notCaseMultiple"

// The message key of each backend refusal a cart action tells apart, by its code.
const CART_ERROR_OF_CODE: Record<string, CartErrorCode> = {
  insufficient_inventory: "notEnoughStock",
  quantity_below_minimum: "belowMinimum",
  quantity_above_maximum: "aboveMaximum",
  invalid_quantity: "invalidQuantity",
  below_wholesale_minimum: "belowWholesaleMinimum",
  not_case_multiple: "notCaseMultiple",
}

/** The message key for a failed cart request; the backend's own words go to the server log. */
export function cartErrorCode(error: unknown): CartErrorCode {
  const code = errorCode(error)
  if (code && CART_ERROR_OF_CODE[code]) return CART_ERROR_OF_CODE[code]
  if (!(error instanceof FetchError)) return "generic"
  if (error.status === 400 || error.status === 404) return "unavailable"
  return "generic"
}

/**
 * The state for a quantity outside the variant's order limits, naming the limit it broke (`limits`:
 * the variant's own, read from the catalogue); null for any other error.
 */
export function quantityLimitState(error: unknown, limits: OrderLimits | null): CartActionState | null {
  const code = cartErrorCode(error)
  if (code !== "belowMinimum" && code !== "aboveMaximum") return null
  // The variant could not be read again: the quantity is refused without naming the limit.
  if (!limits) return { status: "error", error: "invalidQuantity" }
  return { status: "error", error: code, limit: code === "belowMinimum" ? limits.min : limits.max }
}
