import type { CartProducer } from "../cart/producer-groups"
import type { Place } from "../places/types"
import type { AddressFields, FieldErrors } from "./address-fields"
import type { CheckoutStep } from "./checkout-steps"
import type { DeliveryOption } from "./delivery-options"

/** Message keys under `Checkout.error`. */
export type CheckoutErrorCode =
  "cartGone" | "generic" | "payment" | "outOfStock" | "busy" | "rejected" | BookingCheckoutErrorCode

/** A cart's experience bookings refused at completion: places gone, guests missing, a way to pay bookings cannot use. */
export type BookingCheckoutErrorCode = "sessionFull" | "guestsMissing" | "bookingPaymentMethod"

/** Refusals of an order on terms, worded under `Ledger.checkoutError`. */
export const TERMS_ERRORS = ["creditLimit", "overdue", "termsNotAllowed"] as const
export type TermsErrorCode = (typeof TERMS_ERRORS)[number]
/** Placing the order may also meet a company's rules (under `CompanyStaff.checkout`) or its terms (under `Ledger.checkoutError`). */
export type PlaceOrderErrorCode = CheckoutErrorCode | "approvalRequired" | "spendingLimit" | TermsErrorCode

/** The first step's form after a submit that did not go through: what was typed, and what is wrong. */
export type AddressFormState = {
  values: AddressFields
  errors: FieldErrors
  /** The chosen province's communes, so the form works again without JavaScript. */
  communes?: Place[]
  error?: CheckoutErrorCode
}

/** A producer's part of the cart and how it can reach the buyer. */
export type DeliveryChoice = {
  producer: CartProducer
  options: DeliveryOption[]
  selected: string | null
}

export type DeliveryFormState = {
  /** Producers whose delivery was not chosen. */
  missing: string[]
  error?: CheckoutErrorCode
}

export type PlaceOrderState = {
  error: PlaceOrderErrorCode | null
  /** For "outOfStock": the lines the store can no longer fill, in the buyer's language. */
  shortItems?: { title: string; available: number }[]
  /** For "rejected": the step whose answer the backend refused. */
  step?: CheckoutStep
}
