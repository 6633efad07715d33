import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { QuoteStatus } from "@ocop/shared"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export type QuoteChange = {
  id: string
  status?: QuoteStatus
  valid_until?: Date | null
  reject_reason?: string | null
  cart_id?: string | null
  order_ids?: string[] | null
}

const FIELDS = ["status", "valid_until", "reject_reason", "cart_id", "order_ids"] as const

export const updateQuoteStepId = "update-quote"

/** Changes a quote's status and answer fields; undone by restoring the fields it changed. */
export const updateQuoteStep = createStep(
  updateQuoteStepId,
  async (change: QuoteChange, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const before = await quotes.retrieveQuote(change.id, { select: ["id", ...FIELDS] })
    const changed = FIELDS.filter((field) => field in change)
    const previous = Object.fromEntries(changed.map((field) => [field, before[field]]))
    await quotes.updateQuotes({ ...change, order_ids: change.order_ids as unknown as Record<string, unknown> })
    return new StepResponse({ id: change.id }, { id: change.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuotes(previous)
  }
)
