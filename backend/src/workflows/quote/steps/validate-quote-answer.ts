import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { endOfVietnamDay } from "@ocop/shared"
import type { FoundQuote } from "./find-quote"

export type QuoteAnswer = { lines: { id: string; unit_price: number }[]; valid_until: string }

export const validateQuoteAnswerStepId = "validate-quote-answer"

/**
 * An answer prices every line of the quote exactly once, and holds until a day not yet over in
 * Vietnam. Returns the instant it lapses. No writes.
 */
export const validateQuoteAnswerStep = createStep(
  validateQuoteAnswerStepId,
  async (input: { quote: FoundQuote; answer: QuoteAnswer }) => {
    const known = new Set(input.quote.lines.map((line) => line.id))
    const seen = new Set<string>()
    input.answer.lines.forEach((line, index) => {
      if (!known.has(line.id) || seen.has(line.id)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `lines.${index}.id: ${line.id} is not ${seen.has(line.id) ? "priced twice" : "a line of this quote"}`
        )
      }
      seen.add(line.id)
    })
    const unpriced = input.quote.lines.filter((line) => !seen.has(line.id))
    if (unpriced.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines: give a unit price for every line; missing ${unpriced.map((line) => line.title).join(", ")}`
      )
    }
    const lapses = endOfVietnamDay(input.answer.valid_until)
    if (!lapses || lapses.getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "valid_until: must be today or a later day (Vietnam time)")
    }
    return new StepResponse(lapses)
  }
)
