/**
 * The `code` of each refusal a client must tell apart (the storefront words it from its message
 * catalogue; the `message` stays for people and still names the field). The README's checkout
 * section lists them. A field that fails a request's validation answers `invalid_<field>` besides.
 */
export const ERROR_CODES = {
  /** A cart without a sign-in was given an e-mail that has an account. */
  emailHasAccount: "email_has_account",
  /** A quantity below the variant's `min_quantity` for one order. */
  belowMinimum: "quantity_below_minimum",
  /** A quantity above the variant's `max_quantity` (or the store's 99) for one order. */
  aboveMaximum: "quantity_above_maximum",
  /** Not enough stock: Medusa's own code for it (`MedusaError.Codes.INSUFFICIENT_INVENTORY`), which its inventory check answers too. */
  insufficientInventory: "insufficient_inventory",
  /** An address a delivery cannot use (a saved one, or the cart's at completion): a name, street, phone or place is missing. */
  addressIncomplete: "address_incomplete",
  /** Completing a cart in which some producer's goods have no delivery chosen. */
  deliveryMissing: "delivery_missing",
  /** Completing a cart that has no payment session to pay with. */
  paymentMissing: "payment_missing",
  /** Completing a cart whose payment the provider has not authorized (a card not confirmed, or declined). */
  paymentNotAuthorized: "payment_not_authorized",
  /** Too many checkouts of the same goods at once (503): nothing was ordered, try again. */
  checkoutBusy: "checkout_busy",
  /** Quotes are for staff of a verified buyer company; a consumer or an unverified company is refused (403). */
  quoteBuyerNotVerified: "quote_buyer_not_verified",
  /** Accepting a quote whose `valid_until` has passed: ask the producer again. */
  quoteExpired: "quote_expired",
  /** A quote action its status does not allow (409): accepted, rejected or expired quotes are read-only. */
  quoteStatus: "quote_status",
} as const

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

/** The code of a field that failed a request's validation: `invalid_email`, `invalid_phone`, `invalid_quantity`. */
export const invalidFieldCode = (path: string) => `invalid_${path.split(".").at(-1)}`
