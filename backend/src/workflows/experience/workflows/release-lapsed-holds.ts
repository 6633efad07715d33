import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseLapsedHoldsStep } from "../steps/release-lapsed-holds"

export const releaseLapsedHoldsWorkflowId = "release-lapsed-holds"

/** Carts left alone for HOLD_MINUTES give their bookings' places back. */
export const releaseLapsedHoldsWorkflow = createWorkflow(
  releaseLapsedHoldsWorkflowId,
  (input: { now: Date | string }) => new WorkflowResponse(releaseLapsedHoldsStep(input))
)
