import { describe, expect, it } from "vitest"
import { companyAddressErrors, readRegistration, refusedCompanyForm, registrationErrors } from "../company-fields"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

const GOOD = {
  legal_name: "Công ty TNHH Siêu thị Him Lam",
  tax_code: "0100 109 106",
  buyer_type: "supermarket",
  phone: "0912.345.678",
  invoice_email: "KeToan@Example.vn",
  invoice_street: "Số 1 Võ Nguyên Giáp",
  province_code: "11",
  commune_code: "03127",
}

describe("registrationErrors", () => {
  it("accepts a good registration, with the tax code's spaces and the phone's dots taken out", () => {
    const registration = readRegistration(form(GOOD))
    expect(registration).toMatchObject({
      tax_code: "0100109106",
      phone: "0912345678",
      invoice_email: "ketoan@example.vn",
    })
    expect(registrationErrors(registration)).toEqual({})
  })

  it("refuses a wrong check digit", () => {
    expect(registrationErrors(readRegistration(form({ ...GOOD, tax_code: "0100109107" })))).toEqual({
      tax_code: "taxCode",
    })
  })

  it("takes a 12-digit personal id only for a household business", () => {
    const personal = { ...GOOD, tax_code: "001085012345" }
    expect(registrationErrors(readRegistration(form(personal)))).toEqual({ tax_code: "taxCode" })
    expect(registrationErrors(readRegistration(form({ ...personal, household_business: "on" })))).toEqual({})
  })

  it("names every missing field", () => {
    expect(Object.keys(registrationErrors(readRegistration(form({}))))).toEqual([
      "legal_name",
      "invoice_street",
      "tax_code",
      "buyer_type",
      "phone",
      "invoice_email",
      "province_code",
      "commune_code",
    ])
  })
})

describe("companyAddressErrors", () => {
  it("needs a label, recipient, mobile phone, street and place", () => {
    expect(
      companyAddressErrors({ label: "", recipient: "", phone: "123", street: "", province_code: "", commune_code: "" })
    ).toEqual({
      label: "required",
      recipient: "required",
      street: "required",
      phone: "phone",
      province_code: "required",
      commune_code: "required",
    })
  })
})

describe("refusedCompanyForm", () => {
  it("maps the backend's codes to the form's fields", () => {
    expect(refusedCompanyForm("company_tax_code_taken", {})).toMatchObject({
      errors: { tax_code: "taxCode" },
      error: "taxCodeTaken",
    })
    expect(refusedCompanyForm("invalid_commune_code", {}).errors).toEqual({ commune_code: "commune" })
    expect(refusedCompanyForm(undefined, {}).error).toBe("generic")
  })
})
