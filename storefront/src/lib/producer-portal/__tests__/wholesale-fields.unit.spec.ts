import { describe, expect, it } from "vitest"
import { readVariantWholesale, wholesaleFieldOf } from "../wholesale-fields"

function form(entries: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(entries)) data.set(name, value)
  return data
}

describe("readVariantWholesale", () => {
  it("reads the minimum, case pack and filled tier rows, skipping empty ones", () => {
    const read = readVariantWholesale(
      form({
        min_quantity: "10",
        case_pack: "",
        tier_min_0: "10",
        tier_amount_0: "90.000",
        tier_min_1: "",
        tier_amount_1: "",
      })
    )
    expect(read.body).toEqual({ min_quantity: 10, case_pack: 1, tiers: [{ min_quantity: 10, amount: 90000 }] })
  })

  it("names a half-filled row's missing field", () => {
    const read = readVariantWholesale(form({ tier_min_0: "10", tier_amount_0: "" }))
    expect(read.body).toBeUndefined()
    expect(read.errors).toEqual({ tier_amount_0: "price" })
  })
})

describe("wholesaleFieldOf", () => {
  it("maps the backend's field path to the form's field", () => {
    expect(wholesaleFieldOf("variants.0.tiers.1.amount: 100001 is above the retail price")).toBe("tier_amount_1")
    expect(wholesaleFieldOf("variants.0.tiers.0.min_quantity: a wholesale tier starts at 2")).toBe("tier_min_0")
    expect(wholesaleFieldOf("variants.0.case_pack must be at least 1")).toBe("case_pack")
  })
})
