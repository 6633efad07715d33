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
  /** Registering a buyer company (or changing one's tax code) to a tax code another company has. */
  companyTaxCodeTaken: "company_tax_code_taken",
  /** Registering a company, or joining one by invitation, as someone who already buys for one. */
  alreadyCompanyStaff: "already_company_staff",
  /** A company change only its admins may make (its details, its delivery addresses). */
  companyAdminOnly: "company_admin_only",
  /** A verified buyer's quantity of a variant below its wholesale minimum (`wholesale_min_quantity`). */
  belowWholesaleMinimum: "below_wholesale_minimum",
  /** A verified buyer's quantity of a variant that is not a multiple of its case pack. */
  notCaseMultiple: "not_case_multiple",
  /** Completing a wholesale cart in which a producer's part is below that producer's minimum order value. */
  producerMinimumNotMet: "producer_minimum_not_met",
  /** A bulk-order upload that is not a `sku,quantity` CSV (binary, no header, broken quoting). */
  bulkFileInvalid: "bulk_file_invalid",
  /** A bulk-order upload with more rows than one upload may hold (MAX_BULK_ROWS). */
  bulkTooManyRows: "bulk_too_many_rows",
  /** A bulk order (upload, purchase list) by a customer who is not staff of a verified company. */
  notWholesaleBuyer: "not_wholesale_buyer",
  /** Saving as a purchase list a cart that has no products. */
  purchaseListEmpty: "purchase_list_empty",
  /** A company buyer's orders this month (Vietnam time) plus this cart would pass its monthly spending limit. */
  spendingLimitExceeded: "spending_limit_exceeded",
  /** A company buyer's cart above the company's approval threshold, without an admin's approval of (at least) its total. */
  approvalRequired: "approval_required",
  /** A cart that already waits for a company admin's approval. */
  approvalPending: "approval_pending",
  /** An approval a company admin has already approved or rejected. */
  approvalDecided: "approval_decided",
  /** Removing or demoting a company's only admin. */
  lastCompanyAdmin: "last_company_admin",
  /** Inviting an e-mail that is already on the company's staff or has an open invitation from it. */
  inviteeTaken: "invitee_taken",
  /** An invitation token that is unknown, already used or expired. */
  inviteUnusable: "invite_unusable",
  /** An invitation accepted by a customer signed in with another e-mail than the invited one. */
  inviteForAnotherEmail: "invite_for_another_email",
  /** Paying on terms by someone who may not: not a verified company's staff, or the company has no net terms. */
  termsNotAllowed: "terms_not_allowed",
  /** An order on terms that would take the company's open balance above its credit limit. */
  creditLimitExceeded: "credit_limit_exceeded",
  /** An order on terms while one of the company's invoices is past due: it must be paid first. */
  overdueBalance: "overdue_balance",
  /** Quotes are for staff of a verified buyer company; a consumer or an unverified company is refused (403). */
  quoteBuyerNotVerified: "quote_buyer_not_verified",
  /** Accepting a quote whose `valid_until` has passed: ask the producer again. */
  quoteExpired: "quote_expired",
  /** A quote action its status does not allow (409): accepted, rejected or expired quotes are read-only. */
  quoteStatus: "quote_status",
  /** A booking (or a completion) that needs more places than the session has free: 409. */
  sessionFull: "session_full",
  /** A booking for a session that is closed, cancelled, past or past its cut-off. */
  sessionNotBookable: "session_not_bookable",
  /** Completing a cart with a booking whose guests are missing or incomplete. */
  bookingGuestsMissing: "booking_guests_missing",
  /** Completing a cart with a booking by a payment method its host does not take for bookings. */
  bookingPaymentMethod: "booking_payment_method",
  /** A session's capacity set below the places already booked or held. */
  capacityBelowBooked: "capacity_below_booked",
  /** A voucher code that is unknown, another host's, cancelled or for a past session. */
  voucherInvalid: "voucher_invalid",
  /** A voucher checked in a second time. */
  voucherAlreadyCheckedIn: "voucher_already_checked_in",
} as const

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

/** The code of a field that failed a request's validation: `invalid_email`, `invalid_phone`, `invalid_quantity`. */
export const invalidFieldCode = (path: string) => `invalid_${path.split(".").at(-1)}`
