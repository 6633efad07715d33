import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { BackendError } from "../../backend-error"
import { cartErrorCode, quantityLimitState } from "../cart-errors"

const refusal = (message: string, code?: string, status = 400) => new BackendError(message, "Bad Request", status, code)

describe("cartErrorCode", () => {
  it("tells a shortage of stock from other refusals by their codes", () => {
    expect(cartErrorCode(refusal("quantity: only 10 of Sô-cô-la sữa – 50 g left", "insufficient_inventory"))).toBe(
      "notEnoughStock"
    )
    expect(cartErrorCode(refusal("quantity: Cà phê bột – 250 g is out of stock", "insufficient_inventory"))).toBe(
      "notEnoughStock"
    )
    expect(cartErrorCode(refusal("Some variant does not have the required inventory", "insufficient_inventory"))).toBe(
      "notEnoughStock"
    )
    expect(cartErrorCode(refusal("quantity: quantity must be at most 99", "invalid_quantity"))).toBe("invalidQuantity")
    expect(cartErrorCode(new FetchError("Cart id not found", "Not Found", 404))).toBe("unavailable")
    expect(cartErrorCode(new FetchError("boom", "Internal Server Error", 500))).toBe("generic")
    expect(cartErrorCode(new TypeError("fetch failed"))).toBe("generic")
  })

  it("reads the code, never the words", () => {
    expect(cartErrorCode(refusal("quantity: only 10 of Sô-cô-la sữa – 50 g left"))).toBe("unavailable")
  })
})

describe("quantityLimitState", () => {
  const limits = { min: 2, max: 10 }

  it("tells a quantity below a variant's minimum or above its maximum, with the limit", () => {
    expect(
      quantityLimitState(
        refusal("quantity: at least 2 per order for Mật ong – 500 ml", "quantity_below_minimum"),
        limits
      )
    ).toEqual({
      status: "error",
      error: "belowMinimum",
      limit: 2,
    })
    expect(
      quantityLimitState(
        refusal("quantity: at most 10 per order for Mật ong – 500 ml", "quantity_above_maximum"),
        limits
      )
    ).toEqual({
      status: "error",
      error: "aboveMaximum",
      limit: 10,
    })
  })

  it("refuses the quantity without a number when the variant's limits could not be read", () => {
    expect(
      quantityLimitState(refusal("quantity: at least 2 per order for Mật ong – 500 ml", "quantity_below_minimum"), null)
    ).toEqual({
      status: "error",
      error: "invalidQuantity",
    })
  })

  it("leaves every other error alone", () => {
    expect(
      quantityLimitState(refusal("quantity: only 3 of Mật ong – 500 ml left", "insufficient_inventory"), limits)
    ).toBeNull()
    expect(quantityLimitState(new Error("quantity: at least 2 per order for x"), limits)).toBeNull()
  })
})
