import { describe, expect, it } from "vitest"
import { isValidTaxCode } from "../tax-code"

// 010123456: 31·0+29·1+23·0+19·1+17·2+13·3+7·4+5·5+3·6 = 192; 192 mod 11 = 5; check 10−5 = 5.
describe("isValidTaxCode", () => {
  it("takes 10 digits whose last is the check digit", () => {
    expect(isValidTaxCode("0101234565")).toBe(true)
  })

  it("refuses a wrong check digit", () => {
    expect(isValidTaxCode("0101234566")).toBe(false)
  })

  it("takes a branch suffix, but not -000", () => {
    expect(isValidTaxCode("0101234565-001")).toBe(true)
    expect(isValidTaxCode("0101234565-000")).toBe(false)
  })

  it("refuses first nine digits that have no check digit (10 − sum mod 11 > 9)", () => {
    // 000000000: sum 0, 10 − 0 = 10 is no digit.
    expect(isValidTaxCode("0000000000")).toBe(false)
  })

  it("refuses other lengths and letters", () => {
    expect(isValidTaxCode("010123456")).toBe(false)
    expect(isValidTaxCode("01012345650")).toBe(false)
    expect(isValidTaxCode("01012345a5")).toBe(false)
  })
})
