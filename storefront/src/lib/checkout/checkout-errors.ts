import { FetchError } from "@medusajs/js-sdk"
import { errorCode } from "../backend-error"
import type { FieldErrors } from "./address-fields"
import type { BookingCheckoutErrorCode, PlaceOrderErrorCode, TermsErrorCode } from "./checkout-state"
import type { CheckoutStep } from "./checkout-steps"

// The step whose answer the backend refused on completion, by the refusal's code.
const STEP_OF_CODE: Record<string, CheckoutStep> = {
  delivery_missing: "delivery",
  payment_missing: "payment",
  payment_not_authorized: "payment",
  address_incomplete: "address",
  email_has_account: "address",
  invalid_email: "address",
  invalid_phone: "address",
  invalid_province_code: "address",
  invalid_commune_code: "address",
}

// An order on terms the backend refused: the buyer may pay another way (the payment step is shown).
const TERMS_ERROR_OF_CODE: Record<string, TermsErrorCode> = {
  credit_limit_exceeded: "creditLimit",
  overdue_balance: "overdue",
  terms_not_allowed: "termsNotAllowed",
}

// A booking refused at completion; nothing was charged. A lapsed hold whose places were sold meanwhile is a 409.
const BOOKING_ERROR_OF_CODE: Record<string, BookingCheckoutErrorCode> = {
  session_full: "sessionFull",
  booking_guests_missing: "guestsMissing",
  booking_payment_method: "bookingPaymentMethod",
}

/**
 * Why completing the cart failed, from the backend's answer: `insufficient_inventory` when stock ran
 * out, 503 when it is busy with other checkouts, and a code that tells the buyer the step to go back to.
 */
export function completionFailure(error: unknown): { error: PlaceOrderErrorCode; step?: CheckoutStep } {
  if (!(error instanceof FetchError) || !error.status) return { error: "generic" }
  // Too many checkouts of the same goods at once: nothing was ordered, the buyer may try again.
  if (error.status === 503) return { error: "busy" }
  if (error.status >= 500) return { error: "generic" }
  const code = errorCode(error)
  if (code === "insufficient_inventory") return { error: "outOfStock" }
  if (code === "approval_required") return { error: "approvalRequired" }
  if (code === "spending_limit_exceeded") return { error: "spendingLimit" }
  const terms = code ? TERMS_ERROR_OF_CODE[code] : undefined
  if (terms) return { error: terms }
  const booking = code ? BOOKING_ERROR_OF_CODE[code] : undefined
  if (booking) return { error: booking }
  const step = code ? STEP_OF_CODE[code] : undefined
  return step ? { error: "rejected", step } : { error: "generic" }
}

// The address form's field that a refused cart update is about, and the error shown there, by code.
const FIELD_OF_CODE: Record<string, FieldErrors> = {
  // A guest typed the e-mail of an account: signing in is the way on.
  email_has_account: { email: "emailHasAccount" },
  invalid_email: { email: "email" },
  invalid_phone: { phone: "phone" },
  invalid_province_code: { commune_code: "commune" },
  invalid_commune_code: { commune_code: "commune" },
}

/** The address form's field that a refused cart update names, with the error to show there; null for anything else. */
export function addressFieldErrors(error: unknown): FieldErrors | null {
  if (!(error instanceof FetchError) || error.status !== 400) return null
  const code = errorCode(error)
  return (code && FIELD_OF_CODE[code]) || null
}
