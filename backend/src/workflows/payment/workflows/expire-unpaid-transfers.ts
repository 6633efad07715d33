import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelCheckoutsStep } from "../steps/cancel-checkouts"
import { findExpiredTransfersStep } from "../steps/find-expired-transfers"

export const expireUnpaidTransfersWorkflowId = "expire-unpaid-transfers"

/** A bank transfer that did not arrive in time cancels its checkout and releases the stock. */
export const expireUnpaidTransfersWorkflow = createWorkflow(
  expireUnpaidTransfersWorkflowId,
  (input: { now: Date | string }) => {
    const expired = findExpiredTransfersStep(input)
    return new WorkflowResponse(cancelCheckoutsStep(expired))
  }
)
