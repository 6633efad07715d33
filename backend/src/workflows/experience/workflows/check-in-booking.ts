import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markBookingCheckedInStep } from "../steps/mark-booking-checked-in"
import { findVoucherBookingStep } from "../steps/find-voucher-booking"

export const checkInBookingWorkflowId = "check-in-booking"

/** A host checks a guest's voucher in on arrival: the booking becomes `checked_in`, once. */
export const checkInBookingWorkflow = createWorkflow(
  checkInBookingWorkflowId,
  (input: { producer_id: string; code: string }) => {
    const booking = findVoucherBookingStep(input)
    return new WorkflowResponse(markBookingCheckedInStep(booking))
  }
)
