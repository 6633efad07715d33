import { describe, expect, it } from "vitest"
import { BackendError } from "../../backend-error"
import { refusedForm } from "../producer-api"

const refusal = (status: number, message: string, field?: string) =>
  new BackendError(message, "", status, undefined, field)

describe("refusedForm", () => {
  it("marks the field the backend names, not a word the message starts with", () => {
    const form = refusedForm(refusal(400, "tax_code: the check digit is wrong", "tax_code"), { tax_code: "0100109107" })
    expect(form.errors).toEqual({ tax_code: "rejected" })
    expect(form.detail).toBe("tax_code: the check digit is wrong")
  })

  it("marks a nested field by its first part, and nothing when the form has no such field", () => {
    expect(refusedForm(refusal(400, "variants.0.sku: taken", "variants.0.sku"), { variants: "" }).errors).toEqual({
      variants: "rejected",
    })
    expect(refusedForm(refusal(400, "name: too short"), { name: "A" }).errors).toEqual({})
  })

  it("tells a conflict and a missing record apart", () => {
    expect(refusedForm(refusal(409, "order: changed", "order"), {}).error).toBe("conflict")
    expect(refusedForm(refusal(404, "Not found"), {}).error).toBe("rejected")
  })
})
