import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildQuoteEmailStep } from "../steps/build-quote-email"
import { findQuoteStep } from "../steps/find-quote"
import { updateQuoteStep } from "../steps/update-quote"
import { updateQuoteLinesStep } from "../steps/update-quote-lines"
import { validateQuoteActionStep } from "../steps/validate-quote-action"
import { validateQuoteAnswerStep, type QuoteAnswer } from "../steps/validate-quote-answer"
import { quoteLockKey } from "./quote-lock"

export const answerQuoteWorkflowId = "answer-quote"

export type AnswerQuoteInput = QuoteAnswer & { quote_id: string; producer_id: string }

/** The producer prices every line and says until which day the prices hold; the buyer is e-mailed. */
export const answerQuoteWorkflow = createWorkflow(answerQuoteWorkflowId, (input: AnswerQuoteInput) => {
  const lockKey = quoteLockKey(input)
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
  const quote = findQuoteStep(input)
  validateQuoteActionStep({ quote, action: "answer" })
  const lapses = validateQuoteAnswerStep({ quote, answer: input })
  updateQuoteLinesStep(transform({ input }, ({ input }) => input.lines))
  updateQuoteStep(
    transform({ input, lapses }, ({ input, lapses }) => ({
      id: input.quote_id,
      status: "answered" as const,
      valid_until: lapses,
    }))
  )
  releaseLockStep({ key: lockKey })
  const notifications = buildQuoteEmailStep(
    transform({ input }, ({ input }) => ({ quote_id: input.quote_id, event: "answered" as const }))
  )
  sendNotificationsStep(notifications)
  return new WorkflowResponse({ id: input.quote_id })
})
