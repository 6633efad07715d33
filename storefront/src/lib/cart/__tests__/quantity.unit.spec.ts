import { describe, expect, it } from "vitest"
import { parseQuantity, widestLimits } from "../quantity"

describe("parseQuantity", () => {
  it("reads whole numbers from 0 to 99, as the backend allows", () => {
    expect(parseQuantity("3")).toBe(3)
    expect(parseQuantity(" 0 ")).toBe(0)
    expect(parseQuantity("99")).toBe(99)
  })

  it("refuses what is not a whole number of units", () => {
    for (const value of ["", "-1", "1.5", "1e2", "abc", "100", null]) expect(parseQuantity(value)).toBeNull()
  })
})

describe("widestLimits", () => {
  it("lets one field serve every variant", () => {
    expect(
      widestLimits([
        { min: 2, max: 10 },
        { min: 1, max: 6 },
      ])
    ).toEqual({ min: 1, max: 10 })
    expect(widestLimits([])).toEqual({ min: 1, max: 99 })
  })
})
