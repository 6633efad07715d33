import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listBookingViews } from "../../../../../../../lib/booking-view"
import { removeCartBookingWorkflow } from "../../../../../../../workflows/experience/workflows/remove-cart-booking"
import { setCartBookingGuestsWorkflow } from "../../../../../../../workflows/experience/workflows/set-cart-booking-guests"
import type { StoreSetBookingGuests } from "../validators"

/** Names the guests of a booking in the cart. */
export const POST = async (req: MedusaRequest<StoreSetBookingGuests>, res: MedusaResponse) => {
  await setCartBookingGuestsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, booking_id: req.params.booking_id, guests: req.validatedBody.guests },
  })
  const [booking] = await listBookingViews(req.scope, { id: req.params.booking_id })
  res.json({ booking })
}

/** Takes a booking out of the cart: its lines are removed and its places freed. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await removeCartBookingWorkflow(req.scope).run({
    input: { cart_id: req.params.id, booking_id: req.params.booking_id },
  })
  res.json({ id: req.params.booking_id, deleted: true })
}
