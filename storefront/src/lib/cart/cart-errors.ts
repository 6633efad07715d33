import { FetchError } from "@medusajs/js-sdk"

/**
 * What a cart action tells the shopper, as message keys under `Cart.error` (the client words them
 * in the page's language). `available` is how many more the store can sell when stock ran short.
 */
export type CartActionState =
  | { status: "idle" }
  | { status: "added" }
  | { status: "updated" }
  | { status: "error"; error: CartErrorCode; available?: number | null; limit?: number }

export type CartErrorCode = "notEnoughStock" | "belowMinimum" | "aboveMaximum" | "invalidQuantity" | "unavailable" | "generic"

// The backend's words for a variant's order limits: "quantity: at least 2 per order for …", "… at most 10 …".
const LIMIT = /^quantity: at (least|most) (\d+) per order/

/** The state for a quantity outside the variant's order limits, with the limit; null for any other error. */
export function quantityLimitState(error: unknown): CartActionState | null {
  const match = error instanceof FetchError && error.status === 400 ? LIMIT.exec(error.message) : null
  if (!match) return null
  return { status: "error", error: match[1] === "least" ? "belowMinimum" : "aboveMaximum", limit: Number(match[2]) }
}

// The backend's words when a line would need more units than it can sell ("quantity: only 3 of …
// left", "quantity: … is out of stock"), and Medusa's own when its inventory check refuses.
const OUT_OF_STOCK = /out of stock|only \d+ of .+ left|required inventory|not enough stock|insufficient/i

export function isOutOfStock(error: unknown): boolean {
  return error instanceof FetchError && OUT_OF_STOCK.test(error.message)
}

/** The message key for a failed cart request; the backend's own words go to the server log. */
export function cartErrorCode(error: unknown): CartErrorCode {
  if (isOutOfStock(error)) return "notEnoughStock"
  if (!(error instanceof FetchError)) return "generic"
  // The backend names the field it refused first.
  if (error.status === 400 && /^quantity\b/.test(error.message)) return "invalidQuantity"
  if (error.status === 400 || error.status === 404) return "unavailable"
  return "generic"
}
