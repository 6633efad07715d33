import { describe, expect, it } from "vitest"
import { BackendError } from "../../backend-error"
import { addressFieldErrors, completionFailure } from "../checkout-errors"

const answer = (status: number, message: string, code?: string) => new BackendError(message, "", status, code)

describe("completionFailure", () => {
  it("tells a shortage of stock by its code", () => {
    expect(
      completionFailure(answer(409, "items: Not enough stock available for item iitem_01", "insufficient_inventory"))
    ).toEqual({ error: "outOfStock" })
  })

  it("sends the buyer back to the step whose answer the backend refused", () => {
    expect(
      completionFailure(
        answer(
          400,
          "shipping_methods: no delivery chosen for Mật ong; choose one for each producer",
          "delivery_missing"
        )
      )
    ).toEqual({
      error: "rejected",
      step: "delivery",
    })
    expect(
      completionFailure(
        answer(400, "shipping_address.phone: 12 is not a Vietnamese phone number", "address_incomplete")
      )
    ).toEqual({
      error: "rejected",
      step: "address",
    })
    expect(
      completionFailure(answer(400, "payment: choose a payment method before placing the order", "payment_missing"))
    ).toEqual({ error: "rejected", step: "payment" })
    expect(
      completionFailure(
        answer(400, "payment: the payment provider has not authorized this payment", "payment_not_authorized")
      )
    ).toEqual({
      error: "rejected",
      step: "payment",
    })
  })

  it("tells an experience booking's refusals at completion by their codes", () => {
    const refused = (status: number, code: string) => completionFailure(new BackendError("words", "", status, code))
    expect(refused(409, "session_full")).toEqual({ error: "sessionFull" })
    expect(refused(400, "booking_guests_missing")).toEqual({ error: "guestsMissing" })
    expect(refused(400, "booking_payment_method")).toEqual({ error: "bookingPaymentMethod" })
  })

  it("tells a company's approval and monthly limit refusals by their codes", () => {
    expect(completionFailure(answer(400, "total: an order above 0 ₫ needs approval", "approval_required"))).toEqual({
      error: "approvalRequired",
    })
    expect(completionFailure(answer(400, "total: passes your monthly limit", "spending_limit_exceeded"))).toEqual({
      error: "spendingLimit",
    })
  })

  it("reads the code, never the words", () => {
    expect(completionFailure(answer(400, "payment: shipping_address e-mail phone"))).toEqual({ error: "generic" })
    expect(completionFailure(answer(409, "items: Not enough stock available for item iitem_01"))).toEqual({
      error: "generic",
    })
  })

  it("asks the buyer to try again when the shop is busy with other checkouts (503)", () => {
    expect(
      completionFailure(
        answer(
          503,
          "cart: the shop is busy with other checkouts of these goods; try again in a few seconds",
          "checkout_busy"
        )
      )
    ).toEqual({
      error: "busy",
    })
  })

  it("tells the refusals of an order on terms by their codes", () => {
    expect(completionFailure(answer(400, "total: above the credit limit", "credit_limit_exceeded"))).toEqual({
      error: "creditLimit",
    })
    expect(completionFailure(answer(400, "payment: overdue", "overdue_balance"))).toEqual({ error: "overdue" })
    expect(completionFailure(answer(400, "payment: not for you", "terms_not_allowed"))).toEqual({
      error: "termsNotAllowed",
    })
  })

  it("words anything else, and a server or network failure, as a generic failure", () => {
    expect(completionFailure(answer(400, "something unexpected"))).toEqual({ error: "generic" })
    expect(completionFailure(answer(500, "An unknown error occurred.", "unknown_error"))).toEqual({ error: "generic" })
    expect(completionFailure(new TypeError("fetch failed"))).toEqual({ error: "generic" })
  })
})

describe("addressFieldErrors", () => {
  it("puts the backend's refusal next to the field its code names", () => {
    expect(addressFieldErrors(answer(400, "email is not a valid e-mail address", "invalid_email"))).toEqual({
      email: "email",
    })
    expect(
      addressFieldErrors(
        answer(400, "shipping_address.phone must be a Vietnamese number (0912345678 or +84912345678)", "invalid_phone")
      )
    ).toEqual({
      phone: "phone",
    })
    expect(
      addressFieldErrors(
        answer(400, "shipping_address.metadata.commune_code: Xã A is not in province 11", "invalid_commune_code")
      )
    ).toEqual({
      commune_code: "commune",
    })
  })

  it("tells a guest who typed an account's e-mail to sign in", () => {
    expect(
      addressFieldErrors(
        answer(400, "email: lan@example.vn belongs to an account; sign in to check out with it", "email_has_account")
      )
    ).toEqual({
      email: "emailHasAccount",
    })
  })

  it("leaves other failures to the form's general message", () => {
    expect(addressFieldErrors(answer(400, "country_code must be vn", "invalid_country_code"))).toBeNull()
    expect(addressFieldErrors(answer(400, "email is not a valid e-mail address"))).toBeNull()
    expect(addressFieldErrors(answer(500, "email service down"))).toBeNull()
  })
})
