import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { addressFieldErrors, completionFailure } from "../checkout-errors"

const answer = (status: number, message: string) => new FetchError(message, "", status)

describe("completionFailure", () => {
  it("tells a completed cart from a shortage of stock (both 409)", () => {
    expect(completionFailure(answer(409, "cart: cart_01 is already completed"))).toEqual({ error: "alreadyCompleted" })
    expect(completionFailure(answer(409, "items: Not enough stock available for item iitem_01"))).toEqual({ error: "outOfStock" })
  })

  it("sends the buyer back to the step whose field the backend refused", () => {
    expect(completionFailure(answer(400, "The cart items require shipping profiles that are not satisfied by the current shipping methods"))).toEqual({
      error: "rejected",
      step: "delivery",
    })
    expect(completionFailure(answer(400, "shipping_address.phone: 12 is not a Vietnamese phone number"))).toEqual({ error: "rejected", step: "address" })
    expect(completionFailure(answer(400, "Payment sessions are required to complete cart"))).toEqual({ error: "rejected", step: "payment" })
  })

  it("asks the buyer to try again when the shop is busy with other checkouts (503)", () => {
    expect(completionFailure(answer(503, "cart: the shop is busy with other checkouts of these goods; try again in a few seconds"))).toEqual({ error: "busy" })
  })

  it("words anything else, and a server or network failure, as a generic failure", () => {
    expect(completionFailure(answer(400, "something unexpected"))).toEqual({ error: "generic" })
    expect(completionFailure(answer(500, "An unknown error occurred."))).toEqual({ error: "generic" })
    expect(completionFailure(new TypeError("fetch failed"))).toEqual({ error: "generic" })
  })
})

describe("addressFieldErrors", () => {
  it("puts the backend's refusal next to the field it names", () => {
    expect(addressFieldErrors(answer(400, "email is not a valid e-mail address"))).toEqual({ email: "email" })
    expect(addressFieldErrors(answer(400, "shipping_address.phone must be a Vietnamese number (0912345678 or +84912345678)"))).toEqual({ phone: "phone" })
    expect(addressFieldErrors(answer(400, "shipping_address.metadata.commune_code: Xã A is not in province 11"))).toEqual({ commune_code: "commune" })
  })

  it("tells a guest who typed an account's e-mail to sign in", () => {
    expect(addressFieldErrors(answer(400, "email: lan@example.vn belongs to an account; sign in to check out with it"))).toEqual({ email: "emailHasAccount" })
  })

  it("leaves other failures to the form's general message", () => {
    expect(addressFieldErrors(answer(400, "country_code must be vn"))).toBeNull()
    expect(addressFieldErrors(answer(500, "email service down"))).toBeNull()
  })
})
