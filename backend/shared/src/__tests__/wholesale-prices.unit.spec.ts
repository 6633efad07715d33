import { describe, expect, it } from "vitest"
import { nextTier, tierRanges } from "../wholesale-prices"

describe("tier ranges", () => {
  it("sorts the tiers and ends each one unit before the next, the last without an upper bound", () => {
    expect(
      tierRanges([
        { min_quantity: 50, amount: 80000 },
        { min_quantity: 10, amount: 90000 },
      ])
    ).toEqual([
      { min_quantity: 10, max_quantity: 49, amount: 90000 },
      { min_quantity: 50, max_quantity: null, amount: 80000 },
    ])
    expect(tierRanges([])).toEqual([])
  })

  it("finds the next tier above a quantity, none above the last", () => {
    const tiers = [
      { min_quantity: 50, amount: 80000 },
      { min_quantity: 10, amount: 90000 },
    ]
    expect(nextTier(tiers, 9)).toEqual({ min_quantity: 10, amount: 90000 })
    expect(nextTier(tiers, 10)).toEqual({ min_quantity: 50, amount: 80000 })
    expect(nextTier(tiers, 50)).toBeUndefined()
  })
})
