import { describe, expect, it } from "vitest"
import {
  ageingBucket,
  missingToMinimum,
  tierFor,
  wholesaleQuantityProblem,
  wholesaleTerms,
  wholesaleTiersProblem,
} from "../wholesale"

describe("wholesale terms", () => {
  it("reads the minimum and case pack from metadata, 1 where unset or invalid", () => {
    expect(wholesaleTerms({ wholesale_min_quantity: 12, case_pack: "6" })).toEqual({ min_quantity: 12, case_pack: 6 })
    expect(wholesaleTerms({ wholesale_min_quantity: 0, case_pack: 2.5 })).toEqual({ min_quantity: 1, case_pack: 1 })
    expect(wholesaleTerms(null)).toEqual({ min_quantity: 1, case_pack: 1 })
  })

  it("refuses a quantity below the minimum, then one that is not a case multiple", () => {
    const terms = { min_quantity: 12, case_pack: 6 }
    expect(wholesaleQuantityProblem(terms, 6)).toBe("below_minimum")
    expect(wholesaleQuantityProblem(terms, 14)).toBe("not_case_multiple")
    expect(wholesaleQuantityProblem(terms, 12)).toBeUndefined()
    expect(wholesaleQuantityProblem(terms, 18)).toBeUndefined()
  })
})

describe("tiers", () => {
  const tiers = [
    { min_quantity: 10, amount: 90_000 },
    { min_quantity: 50, amount: 80_000 },
  ]

  it("prices a quantity by the highest tier it reaches", () => {
    expect(tierFor(tiers, 9)).toBeUndefined()
    expect(tierFor(tiers, 10)?.amount).toBe(90_000)
    expect(tierFor(tiers, 49)?.amount).toBe(90_000)
    expect(tierFor(tiers, 50)?.amount).toBe(80_000)
  })

  it("refuses a tier from 1 unit, a repeated start, and a price above retail", () => {
    expect(wholesaleTiersProblem([{ min_quantity: 1, amount: 90_000 }], 100_000)).toMatch(/^tiers\.0\.min_quantity/)
    expect(wholesaleTiersProblem([...tiers, { min_quantity: 10, amount: 1 }], 100_000)).toMatch(
      /^tiers\.2\.min_quantity/
    )
    expect(wholesaleTiersProblem([{ min_quantity: 10, amount: 100_001 }], 100_000)).toMatch(/^tiers\.0\.amount/)
    expect(wholesaleTiersProblem(tiers, 100_000)).toBeUndefined()
  })
})

describe("producer minimum and ageing", () => {
  it("says what a producer's part still lacks", () => {
    expect(missingToMinimum(650_000, 1_000_000)).toBe(350_000)
    expect(missingToMinimum(1_000_000, 1_000_000)).toBe(0)
    expect(missingToMinimum(10, null)).toBe(0)
  })

  it("puts an overdue invoice in its bucket at the edges", () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91].map(ageingBucket)).toEqual([
      "current",
      "1_30",
      "1_30",
      "31_60",
      "31_60",
      "61_90",
      "61_90",
      "over_90",
    ])
  })
})
