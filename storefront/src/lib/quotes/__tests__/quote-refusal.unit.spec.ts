import { describe, expect, it, vi } from "vitest"
import { BackendError } from "../../backend-error"
import { quoteRefusal } from "../quote-refusal"

const refusal = (status: number, message: string, code?: string) => new BackendError(message, "", status, code)

describe("quoteRefusal", () => {
  it("tells the quote refusals apart by their codes, not their words", () => {
    expect(quoteRefusal(refusal(403, "company: quotes are for staff", "quote_buyer_not_verified")).error).toBe(
      "notVerified"
    )
    expect(quoteRefusal(refusal(400, "valid_until: the quoted prices held until …", "quote_expired")).error).toBe(
      "expired"
    )
    expect(quoteRefusal(refusal(409, "status: the quote is rejected", "quote_status")).error).toBe("status")
  })

  it("names the field a 400 starts with", () => {
    expect(quoteRefusal(refusal(400, "items.0.variant_id: variant_x is not a product on sale"))).toMatchObject({
      error: "fixFields",
      field: "items.0.variant_id",
    })
  })

  it("answers notFound for another company's quote and generic for anything else", () => {
    expect(quoteRefusal(refusal(404, "quote: no quote with id quo_1")).error).toBe("notFound")
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined)
    expect(quoteRefusal(new Error("socket hang up")).error).toBe("generic")
    log.mockRestore()
  })
})
