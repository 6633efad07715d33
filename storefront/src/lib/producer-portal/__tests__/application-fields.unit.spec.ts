import { describe, expect, it } from "vitest"
import { applicationBody, readApplicationFields, validateApplicationFields } from "../application-fields"

function form(entries: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(entries)) data.set(name, value)
  return data
}

const VALID = {
  name: "HTX Chè Mường Ảng",
  legal_form: "cooperative",
  tax_code: "0101 234 565",
  representative: "Lò Văn Minh",
  phone: "0912 345 678",
  province_code: "11",
  commune_code: "03334",
  street: "",
  story_vi: "Chè shan tuyết.",
  story_en: "",
}

describe("readApplicationFields", () => {
  it("drops the spaces people type inside tax codes and phone numbers", () => {
    const fields = readApplicationFields(form(VALID))
    expect(fields.tax_code).toBe("0101234565")
    expect(fields.phone).toBe("0912345678")
  })

  it("reads ticked boxes as true and missing ones as false", () => {
    const fields = readApplicationFields(form({ ...VALID, women_led: "on" }))
    expect(fields.women_led).toBe(true)
    expect(fields.ethnic_minority_led).toBe(false)
  })
})

describe("validateApplicationFields", () => {
  it("finds nothing wrong with a complete application", () => {
    expect(validateApplicationFields(readApplicationFields(form(VALID)))).toEqual({})
  })

  it("names each missing required field", () => {
    const errors = validateApplicationFields(readApplicationFields(form({})))
    expect(Object.keys(errors).sort()).toEqual([
      "commune_code",
      "legal_form",
      "name",
      "phone",
      "province_code",
      "representative",
      "tax_code",
    ])
  })

  it("refuses a tax code with a wrong check digit and a landline", () => {
    const errors = validateApplicationFields(
      readApplicationFields(form({ ...VALID, tax_code: "0101234566", phone: "024 3825 1234" }))
    )
    expect(errors).toEqual({ tax_code: "taxCode", phone: "phone" })
  })

  it("asks for the ethnic group of an ethnic-minority-led producer", () => {
    expect(validateApplicationFields(readApplicationFields(form({ ...VALID, ethnic_minority_led: "on" })))).toEqual({
      ethnic_group: "required",
    })
  })

  it("leaves out the identity fields an approved producer does not send", () => {
    const fields = readApplicationFields(form({ ...VALID, name: "", tax_code: "", legal_form: "" }))
    expect(validateApplicationFields(fields, { without: ["name", "legal_form", "tax_code"] })).toEqual({})
  })
})

describe("applicationBody", () => {
  it("sends empty optional fields as null and no ethnic group unless ethnic-minority-led", () => {
    const body = applicationBody(readApplicationFields(form({ ...VALID, ethnic_group: "Thái" })))
    expect(body).toMatchObject({
      street: null,
      story_en: null,
      story_vi: "Chè shan tuyết.",
      ethnic_group: null,
      women_led: false,
    })
  })

  it("omits the fields named in without", () => {
    const body = applicationBody(readApplicationFields(form(VALID)), { without: ["name", "tax_code", "legal_form"] })
    expect(body).not.toHaveProperty("name")
    expect(body).not.toHaveProperty("tax_code")
    expect(body).not.toHaveProperty("legal_form")
  })
})
