import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { answerError } from "../search-unavailable"

function answered(error: unknown) {
  const sent: { status?: number; body?: Record<string, unknown> } = {}
  const res = {
    removeHeader: () => undefined,
    setHeader: () => undefined,
    status(code: number) {
      sent.status = code
      return this
    },
    json(body: Record<string, unknown>) {
      sent.body = body
      return this
    },
  }
  const req = {
    path: "/store/companies",
    scope: { resolve: () => ({ error: () => undefined, info: () => undefined }) },
  }
  answerError(error, req as never, res as never, () => undefined)
  return sent
}

describe("answerError", () => {
  it("gives a refusal that names its field that field on its own, with Medusa's status and the error's code", () => {
    const answer = answered(
      new MedusaError(MedusaError.Types.INVALID_DATA, "items.2.quantity: below the minimum of 12", "below_minimum")
    )
    expect(answer).toEqual({
      status: 400,
      body: {
        type: "invalid_data",
        code: "below_minimum",
        message: "items.2.quantity: below the minimum of 12",
        field: "items.2.quantity",
      },
    })
  })

  it("keeps a conflict's own message and code instead of Medusa's words about idempotency keys", () => {
    const answer = answered(
      new MedusaError(MedusaError.Types.CONFLICT, "tax_code: already registered", "tax_code_taken")
    )
    expect(answer.status).toBe(409)
    expect(answer.body).toMatchObject({
      code: "tax_code_taken",
      message: "tax_code: already registered",
      field: "tax_code",
    })
  })

  it("leaves a refusal in plain words to Medusa's handler, without a field", () => {
    const answer = answered(new MedusaError(MedusaError.Types.NOT_FOUND, "Cart id not found"))
    expect(answer.status).toBe(404)
    expect(answer.body).not.toHaveProperty("field")
  })

  it("leaves Medusa's own conflicts, which name no field, in Medusa's words", () => {
    const answer = answered(new MedusaError(MedusaError.Types.CONFLICT, "Transaction wf_1 is already running"))
    expect(answer.status).toBe(409)
    expect(answer.body?.message).not.toContain("wf_1")
    expect(answer.body).not.toHaveProperty("field")
  })
})
