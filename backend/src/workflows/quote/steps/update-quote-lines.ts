import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export const updateQuoteLinesStepId = "update-quote-lines"

/** Sets (or clears, with null) the quoted unit prices; undone by restoring the previous ones. */
export const updateQuoteLinesStep = createStep(
  updateQuoteLinesStepId,
  async (lines: { id: string; unit_price: number | null }[], { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const before = await quotes.listQuoteLines({ id: lines.map((line) => line.id) }, { select: ["id", "unit_price"] })
    await quotes.updateQuoteLines(lines)
    return new StepResponse(
      undefined,
      before.map((line) => ({ id: line.id, unit_price: line.unit_price }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuoteLines(before)
  }
)
