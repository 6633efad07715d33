import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmBookingsStep } from "../steps/confirm-bookings"

export const confirmCartBookingsWorkflowId = "confirm-cart-bookings"

/** A checkout was placed: the bookings in its cart are confirmed and get their vouchers. */
export const confirmCartBookingsWorkflow = createWorkflow(
  confirmCartBookingsWorkflowId,
  (input: { order_group_id: string }) => new WorkflowResponse(confirmBookingsStep(input))
)
