import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it, vi } from "vitest"
import { answerError } from "../search-unavailable"

function answer(error: unknown) {
  const res = { removeHeader: vi.fn(), setHeader: vi.fn(), status: vi.fn(), json: vi.fn() }
  res.status.mockReturnValue(res)
  const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() }
  const req = { path: "/store/companies", scope: { resolve: () => logger } }
  answerError(error, req as never, res as never, vi.fn())
  return { status: res.status.mock.calls[0]?.[0], body: res.json.mock.calls[0]?.[0] }
}

describe("answerError on a conflict", () => {
  it("keeps our 409's field-first message and its code (Medusa's handler would word it as an idempotency clash)", () => {
    const error = new MedusaError(MedusaError.Types.CONFLICT, "tax_code: already registered", "company_tax_code_taken")
    expect(answer(error)).toEqual({
      status: 409,
      body: { type: "conflict", code: "company_tax_code_taken", message: "tax_code: already registered" },
    })
  })

  it("answers a conflict without a code with its message alone", () => {
    const error = new MedusaError(MedusaError.Types.CONFLICT, "status: the company is verified")
    expect(answer(error).body).toEqual({ type: "conflict", message: "status: the company is verified" })
  })
})

describe("answerError on Medusa's own conflicts", () => {
  it("leaves a conflict whose message does not start with a field to Medusa's wording", () => {
    const error = new MedusaError(MedusaError.Types.CONFLICT, "Transaction wf_1 is already running")
    const { status, body } = answer(error)
    expect(status).toBe(409)
    expect(body.message).not.toContain("wf_1")
  })
})
