import { describe, expect, it } from "vitest"
import { ERROR_CODES, invalidFieldCode } from "../error-codes"

describe("ERROR_CODES", () => {
  it("gives every refusal its own code, in snake case", () => {
    const codes = Object.values(ERROR_CODES)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/)
  })
})

describe("invalidFieldCode", () => {
  it("names the field itself, wherever the body carries it", () => {
    expect(invalidFieldCode("email")).toBe("invalid_email")
    expect(invalidFieldCode("shipping_address.phone")).toBe("invalid_phone")
    expect(invalidFieldCode("billing_address.metadata.commune_code")).toBe("invalid_commune_code")
    expect(invalidFieldCode("items.0.quantity")).toBe("invalid_quantity")
  })
})
