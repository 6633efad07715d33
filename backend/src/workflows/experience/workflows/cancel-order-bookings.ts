import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderBookingsStep } from "../steps/cancel-order-bookings"

export const cancelOrderBookingsWorkflowId = "cancel-order-bookings"

/** A producer order was cancelled (an unpaid transfer expired, the host or office cancelled it): so are its bookings. */
export const cancelOrderBookingsWorkflow = createWorkflow(
  cancelOrderBookingsWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(cancelOrderBookingsStep(input))
)
