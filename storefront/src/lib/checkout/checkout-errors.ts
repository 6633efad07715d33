import { FetchError } from "@medusajs/js-sdk"
import type { FieldErrors } from "./address-fields"
import type { CheckoutErrorCode } from "./checkout-state"
import type { CheckoutStep } from "./checkout-steps"

/**
 * Why completing the cart failed, from the backend's answer: 409 with a message that names the
 * cart (already completed) or the items (stock ran out); 503 when it is busy with other checkouts;
 * another 4xx names the field it refused, which tells the buyer the step to go back to.
 */
export function completionFailure(error: unknown): { error: CheckoutErrorCode; step?: CheckoutStep } {
  if (!(error instanceof FetchError) || !error.status) return { error: "generic" }
  // Too many checkouts of the same goods at once: nothing was ordered, the buyer may try again.
  if (error.status === 503) return { error: "busy" }
  if (error.status >= 500) return { error: "generic" }
  const message = error.message
  if (error.status === 409) return { error: /^cart\b/.test(message) ? "alreadyCompleted" : "outOfStock" }
  if (/shipping (method|profile|option)|shipping_method/i.test(message)) return { error: "rejected", step: "delivery" }
  if (/payment/i.test(message)) return { error: "rejected", step: "payment" }
  if (/e-?mail|address|phone/i.test(message)) return { error: "rejected", step: "address" }
  return { error: "generic" }
}

/**
 * The address form's field that a refused cart update names (the backend starts its message with
 * the field: `shipping_address.phone: …`), with the error to show there; null for anything else.
 */
export function addressFieldErrors(error: unknown): FieldErrors | null {
  if (!(error instanceof FetchError) || error.status !== 400) return null
  const message = error.message
  // A guest typed the e-mail of an account: the backend says so in words (the SDK's error drops its `code`).
  if (/^email\b.*\bbelongs to an account\b/.test(message)) return { email: "emailHasAccount" }
  if (/^email\b/.test(message)) return { email: "email" }
  if (/^(shipping|billing)_address\.phone\b/.test(message)) return { phone: "phone" }
  if (/^(shipping|billing)_address\.metadata\b/.test(message)) return { commune_code: "commune" }
  return null
}
