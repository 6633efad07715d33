import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BookingGuest } from "@ocop/shared"
import { extendCartHoldsStep } from "../steps/extend-cart-holds"
import { findCartBookingStep } from "../steps/find-cart-booking"
import { setBookingGuestsStep } from "../steps/set-booking-guests"

export const setCartBookingGuestsWorkflowId = "set-cart-booking-guests"

/** The buyer names the guests of a booking in the cart; the cart is in use, so its held places last longer. */
export const setCartBookingGuestsWorkflow = createWorkflow(
  setCartBookingGuestsWorkflowId,
  (input: { cart_id: string; booking_id: string; guests: BookingGuest[] }) => {
    const booking = findCartBookingStep(input)
    const named = setBookingGuestsStep(
      transform({ booking, input }, ({ booking, input }) => ({ booking_id: booking.id, guests: input.guests }))
    )
    extendCartHoldsStep({ cart_id: input.cart_id })
    return new WorkflowResponse(named)
  }
)
