import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { holdPlacesStep } from "../steps/hold-places"
import { priceBookingLinesStep } from "../steps/price-booking-lines"
import { setBookingLinesStep } from "../steps/set-booking-lines"
import { validateBookingRequestStep, type BookingRequest } from "../steps/validate-booking-request"

export const holdBookingWorkflowId = "hold-booking"

/**
 * A buyer adds a booking to the cart: its places are held first (409 when they are gone), then its
 * lines go in through Medusa's add-to-cart (priced from the variants, checked by our add-to-cart
 * hook). With a deposit, each line is priced at the deposit of its participant's price (a custom
 * price, kept when the cart is refreshed) and names the full price in its metadata. A failure in
 * the cart rolls the hold back, so no place stays held without its lines.
 */
export const holdBookingWorkflow = createWorkflow(holdBookingWorkflowId, (input: BookingRequest) => {
  const booking = validateBookingRequestStep(input)
  const priced = priceBookingLinesStep(booking)
  const held = holdPlacesStep({ booking, priced, now: input.now })
  const items = transform({ priced, held }, ({ priced, held }) =>
    priced.lines.map((line) => ({
      variant_id: line.variant_id,
      quantity: line.quantity,
      requires_shipping: false,
      ...(line.unit_price === undefined
        ? { metadata: { booking_id: held.id } }
        : { unit_price: line.unit_price, metadata: { booking_id: held.id, full_unit_price: line.full_unit_price } }),
    }))
  )
  addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items } })
  setBookingLinesStep(
    transform({ held, input }, ({ held, input }) => ({ booking_id: held.id, cart_id: input.cart_id }))
  )
  return new WorkflowResponse(held)
})
