import { describe, expect, it } from "vitest"
import { isValidBuyerTaxCode, isValidPersonalId } from "../buyer-company"

describe("buyer tax code", () => {
  it("accepts an enterprise's 10-digit code and a branch's 10-3 code", () => {
    expect(isValidBuyerTaxCode("0100109106", false)).toBe(true)
    expect(isValidBuyerTaxCode("0100109106-002", false)).toBe(true)
  })

  it("refuses a wrong check digit whatever the buyer", () => {
    expect(isValidBuyerTaxCode("0100109107", false)).toBe(false)
    expect(isValidBuyerTaxCode("0100109107", true)).toBe(false)
  })

  it("accepts a 12-digit personal id only from a household business", () => {
    expect(isValidBuyerTaxCode("066095001234", true)).toBe(true)
    expect(isValidBuyerTaxCode("066095001234", false)).toBe(false)
  })

  it("refuses personal ids with no province of birth or of the wrong length", () => {
    for (const id of ["000095001234", "097095001234", "06609500123", "0660950012345", "06609500123a"]) {
      expect(isValidPersonalId(id)).toBe(false)
    }
  })
})
