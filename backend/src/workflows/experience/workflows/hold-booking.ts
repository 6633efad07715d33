import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { holdPlacesStep } from "../steps/hold-places"
import { setBookingLinesStep } from "../steps/set-booking-lines"
import { validateBookingRequestStep, type BookingRequest } from "../steps/validate-booking-request"

export const holdBookingWorkflowId = "hold-booking"

/**
 * A buyer adds a booking to the cart: its places are held first (409 when they are gone), then its
 * lines go in through Medusa's add-to-cart (priced from the variants, checked by our add-to-cart
 * hook). A failure in the cart rolls the hold back, so no place stays held without its lines.
 */
export const holdBookingWorkflow = createWorkflow(holdBookingWorkflowId, (input: BookingRequest) => {
  const booking = validateBookingRequestStep(input)
  const held = holdPlacesStep({ booking, now: input.now })
  const items = transform({ booking, held }, ({ booking, held }) =>
    booking.lines.map((line) => ({
      variant_id: line.variant_id,
      quantity: line.quantity,
      requires_shipping: false,
      metadata: { booking_id: held.id },
    }))
  )
  addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items } })
  setBookingLinesStep(
    transform({ held, input }, ({ held, input }) => ({ booking_id: held.id, cart_id: input.cart_id }))
  )
  return new WorkflowResponse(held)
})
