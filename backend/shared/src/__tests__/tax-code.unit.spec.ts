import { describe, expect, it } from "vitest"
import { isValidTaxCode, taxCodeCheckDigit } from "../tax-code"

describe("tax code check digit", () => {
  // 0100109106: a published 10-digit tax code (Viettel group), check digit 6.
  it("accepts a real 10-digit code", () => {
    expect(taxCodeCheckDigit("010010910")).toBe(6)
    expect(isValidTaxCode("0100109106")).toBe(true)
  })

  it("rejects a wrong check digit", () => {
    expect(isValidTaxCode("0100109107")).toBe(false)
  })

  it("accepts a branch code 10-3 and rejects branch 000", () => {
    expect(isValidTaxCode("0100109106-001")).toBe(true)
    expect(isValidTaxCode("0100109106-000")).toBe(false)
    expect(isValidTaxCode("0100109107-001")).toBe(false)
  })

  it("rejects codes of the wrong shape", () => {
    for (const code of ["", "010010910", "01001091066", "010010910a", "0100109106-01", "0100109106 001"]) {
      expect(isValidTaxCode(code)).toBe(false)
    }
  })

  it("has no valid check digit when the weighted sum is a multiple of 11", () => {
    const firstNine = Array.from({ length: 1000 }, (_, i) => String(100000000 + i).padStart(9, "0")).find(
      (digits) => [31, 29, 23, 19, 17, 13, 7, 5, 3].reduce((s, w, i) => s + w * Number(digits[i]), 0) % 11 === 0
    )!
    expect(taxCodeCheckDigit(firstNine)).toBeUndefined()
    for (let d = 0; d <= 9; d++) expect(isValidTaxCode(`${firstNine}${d}`)).toBe(false)
  })
})

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
