import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export type CreateQuoteStepInput = {
  company_id: string
  customer_id: string
  producer_id: string
  wished_delivery_date?: Date | null
  note?: string | null
  lines: { variant_id: string; title: string; quantity: number }[]
}

export const createQuoteStepId = "create-quote"

/** The request with its lines; undone by deleting both. */
export const createQuoteStep = createStep(
  createQuoteStepId,
  async ({ lines, ...request }: CreateQuoteStepInput, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const quote = await quotes.createQuotes(request)
    await quotes.createQuoteLines(lines.map((line) => ({ ...line, quote_id: quote.id })))
    return new StepResponse({ id: quote.id }, quote.id)
  },
  async (quoteId, { container }) => {
    if (!quoteId) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const lines = await quotes.listQuoteLines({ quote_id: quoteId }, { select: ["id"] })
    await quotes.deleteQuoteLines(lines.map((line) => line.id))
    await quotes.deleteQuotes(quoteId)
  }
)
