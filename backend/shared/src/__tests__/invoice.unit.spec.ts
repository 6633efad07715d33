import { describe, expect, it } from "vitest"
import { invoiceAddressLine, isPersonalIdTaxCode, isValidInvoiceTaxCode } from "../invoice"

describe("isValidInvoiceTaxCode", () => {
  it("takes a 10-digit tax code, a branch's 10-3 and a 12-digit personal id", () => {
    expect(isValidInvoiceTaxCode("0100109106")).toBe(true)
    expect(isValidInvoiceTaxCode("0100109106-001")).toBe(true)
    expect(isValidInvoiceTaxCode("001085012345")).toBe(true)
  })

  it("refuses a wrong check digit and other shapes", () => {
    expect(isValidInvoiceTaxCode("0100109107")).toBe(false)
    expect(isValidInvoiceTaxCode("12345")).toBe(false)
    expect(isValidInvoiceTaxCode("=1+1")).toBe(false)
  })

  it("tells a personal id from a tax code", () => {
    expect(isPersonalIdTaxCode("001085012345")).toBe(true)
    expect(isPersonalIdTaxCode("0100109106")).toBe(false)
  })
})

describe("invoiceAddressLine", () => {
  it("joins street, commune and province", () => {
    expect(invoiceAddressLine({ street: "12 Trần Phú", commune: "Phường Ba Đình", province: "Hà Nội" })).toBe(
      "12 Trần Phú, Phường Ba Đình, Hà Nội"
    )
  })
})
