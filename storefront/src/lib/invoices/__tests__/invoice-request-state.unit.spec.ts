import { describe, expect, it } from "vitest"
import { fieldOfRefusal, readInvoiceRequestForm } from "../invoice-request-state"

const form = (values: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(values)) data.set(name, value)
  return data
}

const GOOD = {
  tax_code: " 0100109106 ",
  legal_name: "Công ty TNHH An Phú",
  invoice_street: "45 Lê Lợi",
  province_code: "11",
  commune_code: "03127",
  invoice_email: "ketoan@anphu.vn",
}

describe("readInvoiceRequestForm", () => {
  it("trims a complete form and finds nothing wrong", () => {
    const { values, errors } = readInvoiceRequestForm(form(GOOD))
    expect(errors).toEqual({})
    expect(values.tax_code).toBe("0100109106")
  })

  it("names every missing field", () => {
    expect(readInvoiceRequestForm(form({})).errors).toEqual({
      tax_code: "required",
      legal_name: "required",
      invoice_street: "required",
      province_code: "required",
      commune_code: "required",
      invoice_email: "required",
    })
  })

  it("refuses a tax code with a wrong check digit and a malformed e-mail", () => {
    const { errors } = readInvoiceRequestForm(form({ ...GOOD, tax_code: "0100109107", invoice_email: "ketoan@" }))
    expect(errors).toEqual({ tax_code: "invalid", invoice_email: "invalid" })
  })

  it("takes a household business owner's 12-digit personal id", () => {
    expect(readInvoiceRequestForm(form({ ...GOOD, tax_code: "011085012345" })).errors).toEqual({})
  })
})

describe("fieldOfRefusal", () => {
  it("maps the backend's field codes to the form's fields", () => {
    expect(fieldOfRefusal("invalid_tax_code")).toBe("tax_code")
    expect(fieldOfRefusal("invalid_commune_code")).toBe("commune_code")
    expect(fieldOfRefusal("checkout_busy")).toBeUndefined()
    expect(fieldOfRefusal(undefined)).toBeUndefined()
  })
})
