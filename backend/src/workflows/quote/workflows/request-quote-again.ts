import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildQuoteEmailStep } from "../steps/build-quote-email"
import { createQuoteMessageStep } from "../steps/create-quote-message"
import { findQuoteStep } from "../steps/find-quote"
import { updateQuoteStep } from "../steps/update-quote"
import { updateQuoteLinesStep } from "../steps/update-quote-lines"
import { validateQuoteActionStep } from "../steps/validate-quote-action"
import { quoteLockKey } from "./quote-lock"

export const requestQuoteAgainWorkflowId = "request-quote-again"

/**
 * The buyer asks again on an answered or expired quote, with a message: the old prices and their
 * validity are cleared (a new answer is needed) and the producer is e-mailed as for a new request.
 */
export const requestQuoteAgainWorkflow = createWorkflow(
  requestQuoteAgainWorkflowId,
  (input: { quote_id: string; company_id: string; customer_id: string; body: string }) => {
    const lockKey = quoteLockKey(input)
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    const quote = findQuoteStep(input)
    validateQuoteActionStep({ quote, action: "request-again" })
    updateQuoteLinesStep(
      transform({ quote }, ({ quote }) => quote.lines.map((line) => ({ id: line.id, unit_price: null })))
    )
    updateQuoteStep(
      transform({ input }, ({ input }) => ({
        id: input.quote_id,
        status: "requested" as const,
        valid_until: null,
        cart_id: null,
      }))
    )
    createQuoteMessageStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        author: "customer" as const,
        author_id: input.customer_id,
        body: input.body,
      }))
    )
    releaseLockStep({ key: lockKey })
    const notifications = buildQuoteEmailStep(
      transform({ input }, ({ input }) => ({ quote_id: input.quote_id, event: "requested" as const }))
    )
    sendNotificationsStep(notifications)
    return new WorkflowResponse({ id: input.quote_id })
  }
)
