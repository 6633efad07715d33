import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export const expireLapsedQuotesStepId = "expire-lapsed-quotes"

/** Answered quotes past `valid_until` become `expired`; undone by making them answered again. */
export const expireLapsedQuotesStep = createStep(
  expireLapsedQuotesStepId,
  async (_input: void, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const lapsed = await quotes.listQuotes({ status: "answered", valid_until: { $lt: new Date() } }, { select: ["id"] })
    const ids = lapsed.map((quote) => quote.id)
    if (ids.length) await quotes.updateQuotes(ids.map((id) => ({ id, status: "expired" as const })))
    return new StepResponse({ expired: ids.length }, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<QuoteModuleService>(QUOTE_MODULE)
      .updateQuotes(ids.map((id) => ({ id, status: "answered" as const })))
  }
)
