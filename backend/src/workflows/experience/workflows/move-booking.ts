import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveBookingPlacesStep } from "../steps/move-booking-places"

export const moveBookingWorkflowId = "move-booking"

/** The buyer moves a booking to another session of the same experience while it has room (see move-booking-places). */
export const moveBookingWorkflow = createWorkflow(
  moveBookingWorkflowId,
  (input: { booking_id: string; customer_id: string; session_id: string }) =>
    new WorkflowResponse(moveBookingPlacesStep(input))
)
