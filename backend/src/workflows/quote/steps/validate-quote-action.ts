import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { QuoteStatus } from "@ocop/shared"
import { ERROR_CODES } from "../../../lib/error-codes"
import type { FoundQuote } from "./find-quote"

export type QuoteAction = "message" | "answer" | "accept" | "reject" | "request-again"

/** The statuses (as read now) each action starts from. Expired, accepted and rejected quotes are read-only. */
const ALLOWED_FROM: Record<QuoteAction, QuoteStatus[]> = {
  message: ["requested", "answered"],
  answer: ["requested", "answered"],
  accept: ["answered"],
  reject: ["requested", "answered"],
  "request-again": ["answered", "expired"],
}

const DONE: Record<QuoteAction, string> = {
  message: "written to",
  answer: "answered",
  accept: "accepted",
  reject: "rejected",
  "request-again": "asked again",
}

export const validateQuoteActionStepId = "validate-quote-action"

/**
 * Refuses an action the quote's status does not allow: 400 naming `valid_until` when the answer
 * has lapsed (accepting it), 409 naming `status` otherwise (someone else moved the quote on).
 */
export const validateQuoteActionStep = createStep(
  validateQuoteActionStepId,
  async (input: { quote: FoundQuote; action: QuoteAction }) => {
    const { quote, action } = input
    if (ALLOWED_FROM[action].includes(quote.status)) return new StepResponse(undefined)
    if (action === "accept" && quote.status === "expired") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `valid_until: the quoted prices held until ${quote.valid_until ?? "an earlier day"}; ask the producer again`,
        ERROR_CODES.quoteExpired
      )
    }
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `status: the quote is ${quote.status}; it can be ${DONE[action]} only when ${ALLOWED_FROM[action].join(" or ")}`,
      ERROR_CODES.quoteStatus
    )
  }
)
