import { describe, expect, it } from "vitest"
import { validateAddressFields, type AddressFields } from "../address-fields"

const valid: AddressFields = {
  email: "lan@example.vn",
  phone: "0912345678",
  name: "Nguyễn Thị Lan",
  province_code: "11",
  commune_code: "03256",
  street: "12 Trần Phú",
  note: "",
}

describe("validateAddressFields", () => {
  it("accepts a complete address without a note", () => {
    expect(validateAddressFields(valid)).toEqual({})
  })

  it("names every missing or wrong field", () => {
    expect(validateAddressFields({ ...valid, email: "lan@", phone: "12345", commune_code: "", street: "" })).toEqual({
      email: "email",
      phone: "phone",
      commune_code: "required",
      street: "required",
    })
  })

  it("refuses a note longer than 500 characters", () => {
    expect(validateAddressFields({ ...valid, note: "x".repeat(501) })).toEqual({ note: "tooLong" })
  })
})

describe("validateAddressFields without some fields", () => {
  it("does not ask for the fields a form leaves out", () => {
    const fields = {
      email: "",
      phone: "0912345678",
      name: "Lan",
      province_code: "11",
      commune_code: "03124",
      street: "12 Trần Phú",
      note: "",
    }
    expect(validateAddressFields(fields).email).toBe("required")
    expect(validateAddressFields(fields, { without: ["email", "note"] })).toEqual({})
    expect(validateAddressFields({ ...fields, phone: "123" }, { without: ["email", "note"] })).toEqual({
      phone: "phone",
    })
  })
})
