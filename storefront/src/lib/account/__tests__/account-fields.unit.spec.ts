import { describe, expect, it } from "vitest"
import { readAccountFields, validateAccountFields } from "../account-fields"
import { safeNextPath } from "../account-state"

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(entries)) data.set(key, value)
  return data
}

describe("account fields", () => {
  it("reads the e-mail in lower case, the phone without separators and the password as typed", () => {
    expect(
      readAccountFields(form({ email: " Lan@Example.VN ", phone: "091 234.5678", password: " secret pass " }))
    ).toMatchObject({
      email: "lan@example.vn",
      phone: "0912345678",
      password: " secret pass ",
    })
  })

  it("asks for what registration needs and checks e-mail, password length and a Vietnamese phone", () => {
    const required = ["email", "password", "first_name"] as const
    expect(validateAccountFields(readAccountFields(form({})), [...required])).toEqual({
      email: "required",
      password: "required",
      first_name: "required",
    })
    expect(
      validateAccountFields(
        readAccountFields(form({ email: "lan-at-example", password: "short", first_name: "Lan", phone: "12345" })),
        [...required]
      )
    ).toEqual({
      email: "email",
      password: "passwordShort",
      phone: "phone",
    })
    expect(
      validateAccountFields(
        readAccountFields(
          form({ email: "lan@example.vn", password: "mat-khau-123", first_name: "Lan", phone: "+84912345678" })
        ),
        [...required]
      )
    ).toEqual({})
  })

  it("does not judge the length of a password it only signs in with", () => {
    expect(
      validateAccountFields(readAccountFields(form({ email: "lan@example.vn", password: "short" })), ["email"])
    ).toEqual({})
  })
})

describe("safeNextPath", () => {
  it("follows a path of this storefront and nothing else", () => {
    expect(safeNextPath("/checkout?step=address")).toBe("/checkout?step=address")
    expect(safeNextPath("//evil.example/x")).toBe("/account")
    expect(safeNextPath("https://evil.example")).toBe("/account")
    expect(safeNextPath(null)).toBe("/account")
  })
})
