import { describe, expect, it } from "vitest"
import { MAX_LINE_QUANTITY, orderLimits, quantityLimitProblem, quantityLimits } from "../quantity-limits"

describe("quantityLimits", () => {
  it("reads positive whole numbers, also written as strings", () => {
    expect(quantityLimits({ min_quantity: 2, max_quantity: "10" })).toEqual({ min: 2, max: 10 })
  })

  it("ignores missing, zero, negative, fractional and non-numeric values", () => {
    expect(quantityLimits(null)).toEqual({ min: undefined, max: undefined })
    expect(quantityLimits({ min_quantity: 0, max_quantity: -3 })).toEqual({ min: undefined, max: undefined })
    expect(quantityLimits({ min_quantity: 1.5, max_quantity: "many" })).toEqual({ min: undefined, max: undefined })
  })
})

describe("orderLimits", () => {
  it("keeps a variant's own limits within the store's 1 to 99", () => {
    expect(orderLimits({ min_quantity: 2, max_quantity: 10 })).toEqual({ min: 2, max: 10 })
    expect(orderLimits({ max_quantity: 500 })).toEqual({ min: 1, max: MAX_LINE_QUANTITY })
    expect(orderLimits(null)).toEqual({ min: 1, max: MAX_LINE_QUANTITY })
  })

  it("reads a variant's min_quantity and max_quantity", () => {
    expect(orderLimits({ min_quantity: 2, max_quantity: "10" })).toEqual({ min: 2, max: 10 })
  })

  it("falls back to 1 to 99 without limits or with unusable ones", () => {
    expect(orderLimits(null)).toEqual({ min: 1, max: 99 })
    expect(orderLimits({ min_quantity: 0, max_quantity: 1.5 })).toEqual({ min: 1, max: 99 })
    expect(orderLimits({ max_quantity: 500 })).toEqual({ min: 1, max: 99 })
  })

  it("narrows contradicting limits to one quantity rather than to none", () => {
    expect(orderLimits({ min_quantity: 12, max_quantity: 5 })).toEqual({ min: 12, max: 12 })
    expect(orderLimits({ min_quantity: 150 })).toEqual({ min: MAX_LINE_QUANTITY, max: MAX_LINE_QUANTITY })
  })
})

describe("quantityLimitProblem", () => {
  const limits = { min: 2, max: 10 }

  it("refuses fewer than the minimum, naming quantity and the limit", () => {
    expect(quantityLimitProblem(limits, 1, "Mật ong – 500 ml")).toBe(
      "quantity: at least 2 per order for Mật ong – 500 ml"
    )
  })

  it("refuses more than the maximum", () => {
    expect(quantityLimitProblem(limits, 11, "Mật ong – 500 ml")).toBe(
      "quantity: at most 10 per order for Mật ong – 500 ml"
    )
  })

  it("refuses a fractional quantity", () => {
    expect(quantityLimitProblem({}, 1.5, "Mật ong – 500 ml")).toBe(
      "quantity: must be a whole number for Mật ong – 500 ml"
    )
  })

  it("accepts the limits themselves and anything without limits", () => {
    expect(quantityLimitProblem(limits, 2, "x")).toBeNull()
    expect(quantityLimitProblem(limits, 10, "x")).toBeNull()
    expect(quantityLimitProblem({}, 99, "x")).toBeNull()
  })
})
