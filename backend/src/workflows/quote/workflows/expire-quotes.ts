import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireLapsedQuotesStep } from "../steps/expire-lapsed-quotes"

export const expireQuotesWorkflowId = "expire-quotes"

/** Records `expired` on answered quotes whose `valid_until` has passed (reads already show them expired). */
export const expireQuotesWorkflow = createWorkflow(expireQuotesWorkflowId, () => {
  return new WorkflowResponse(expireLapsedQuotesStep())
})
