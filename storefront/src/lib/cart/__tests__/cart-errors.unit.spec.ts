import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { cartErrorCode, quantityLimitState } from "../cart-errors"

describe("cartErrorCode", () => {
  it("tells a shortage of stock from other refusals", () => {
    expect(cartErrorCode(new FetchError("quantity: only 10 of Sô-cô-la sữa – 50 g left", "Bad Request", 400))).toBe("notEnoughStock")
    expect(cartErrorCode(new FetchError("quantity: Cà phê bột – 250 g is out of stock", "Bad Request", 400))).toBe("notEnoughStock")
    expect(cartErrorCode(new FetchError("Some variant does not have the required inventory", "Bad Request", 400))).toBe("notEnoughStock")
    expect(cartErrorCode(new FetchError("quantity: quantity must be at most 99", "Bad Request", 400))).toBe("invalidQuantity")
    expect(cartErrorCode(new FetchError("Cart id not found", "Not Found", 404))).toBe("unavailable")
    expect(cartErrorCode(new FetchError("boom", "Internal Server Error", 500))).toBe("generic")
    expect(cartErrorCode(new TypeError("fetch failed"))).toBe("generic")
  })
})

describe("quantityLimitState", () => {
  it("tells a quantity below a variant's minimum or above its maximum, with the limit", () => {
    expect(quantityLimitState(new FetchError("quantity: at least 2 per order for Mật ong – 500 ml", "Bad Request", 400))).toEqual({
      status: "error",
      error: "belowMinimum",
      limit: 2,
    })
    expect(quantityLimitState(new FetchError("quantity: at most 10 per order for Mật ong – 500 ml", "Bad Request", 400))).toEqual({
      status: "error",
      error: "aboveMaximum",
      limit: 10,
    })
  })

  it("leaves every other error alone", () => {
    expect(quantityLimitState(new FetchError("quantity: only 3 of Mật ong – 500 ml left", "Bad Request", 400))).toBeNull()
    expect(quantityLimitState(new Error("quantity: at least 2 per order for x"))).toBeNull()
  })
})
