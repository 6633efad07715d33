import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { QuoteAuthor } from "@ocop/shared"
import { createQuoteMessageStep } from "../steps/create-quote-message"
import { findQuoteStep, type QuoteOwner } from "../steps/find-quote"
import { validateQuoteActionStep } from "../steps/validate-quote-action"

export const addQuoteMessageWorkflowId = "add-quote-message"

export type AddQuoteMessageInput = QuoteOwner & { author: QuoteAuthor; author_id: string; body: string }

/** One side writes in an open quote's thread; an expired, accepted or rejected quote is read-only. */
export const addQuoteMessageWorkflow = createWorkflow(addQuoteMessageWorkflowId, (input: AddQuoteMessageInput) => {
  const quote = findQuoteStep(input)
  validateQuoteActionStep({ quote, action: "message" })
  return new WorkflowResponse(createQuoteMessageStep(input))
})
