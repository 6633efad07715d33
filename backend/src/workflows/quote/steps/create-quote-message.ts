import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { QuoteAuthor } from "@ocop/shared"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export type QuoteMessageInput = { quote_id: string; author: QuoteAuthor; author_id: string; body: string }

export const createQuoteMessageStepId = "create-quote-message"

/** Adds a message to a quote's thread; undone by deleting it. */
export const createQuoteMessageStep = createStep(
  createQuoteMessageStepId,
  async (input: QuoteMessageInput, { container }) => {
    const message = await container.resolve<QuoteModuleService>(QUOTE_MODULE).createQuoteMessages(input)
    return new StepResponse({ id: message.id }, message.id)
  },
  async (messageId, { container }) => {
    if (!messageId) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuoteMessages(messageId)
  }
)
