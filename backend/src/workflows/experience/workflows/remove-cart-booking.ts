import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { findCartBookingStep } from "../steps/find-cart-booking"
import { removeBookingStep } from "../steps/remove-booking"

export const removeCartBookingWorkflowId = "remove-cart-booking"

/** The buyer takes a booking out of the cart: its lines go, then its places are freed. */
export const removeCartBookingWorkflow = createWorkflow(
  removeCartBookingWorkflowId,
  (input: { cart_id: string; booking_id: string }) => {
    const booking = findCartBookingStep(input)
    deleteLineItemsWorkflow.runAsStep({
      input: transform({ booking, input }, ({ booking, input }) => ({
        cart_id: input.cart_id,
        ids: booking.line_item_ids,
      })),
    })
    return new WorkflowResponse(removeBookingStep(booking.id))
  }
)
