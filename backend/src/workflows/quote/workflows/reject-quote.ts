import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findQuoteStep } from "../steps/find-quote"
import { updateQuoteStep } from "../steps/update-quote"
import { validateQuoteActionStep } from "../steps/validate-quote-action"
import { quoteLockKey } from "./quote-lock"

export const rejectQuoteWorkflowId = "reject-quote"

/** The buyer declines an open quote, saying why; it is read-only from then on. */
export const rejectQuoteWorkflow = createWorkflow(
  rejectQuoteWorkflowId,
  (input: { quote_id: string; company_id: string; reason: string }) => {
    const lockKey = quoteLockKey(input)
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    const quote = findQuoteStep(input)
    validateQuoteActionStep({ quote, action: "reject" })
    updateQuoteStep(
      transform({ input }, ({ input }) => ({
        id: input.quote_id,
        status: "rejected" as const,
        reject_reason: input.reason,
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.quote_id })
  }
)
