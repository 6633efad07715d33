import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildBookingConfirmedEmailsStep } from "../steps/build-booking-confirmed-emails"
import { confirmBookingsStep } from "../steps/confirm-bookings"

export const confirmCartBookingsWorkflowId = "confirm-cart-bookings"

/** A checkout was placed: the bookings in its cart are confirmed, get their vouchers, and the buyer is e-mailed them. */
export const confirmCartBookingsWorkflow = createWorkflow(
  confirmCartBookingsWorkflowId,
  (input: { order_group_id: string }) => {
    const confirmed = confirmBookingsStep(input)
    sendNotificationsStep(buildBookingConfirmedEmailsStep(confirmed))
    return new WorkflowResponse(confirmed)
  }
)
