import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BookingGuest } from "@ocop/shared"
import { findCartBookingStep } from "../steps/find-cart-booking"
import { setBookingGuestsStep } from "../steps/set-booking-guests"

export const setCartBookingGuestsWorkflowId = "set-cart-booking-guests"

/** The buyer names the guests of a booking in the cart. */
export const setCartBookingGuestsWorkflow = createWorkflow(
  setCartBookingGuestsWorkflowId,
  (input: { cart_id: string; booking_id: string; guests: BookingGuest[] }) => {
    const booking = findCartBookingStep(input)
    return new WorkflowResponse(
      setBookingGuestsStep(
        transform({ booking, input }, ({ booking, input }) => ({ booking_id: booking.id, guests: input.guests }))
      )
    )
  }
)
