import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listBookingViews } from "../../../../../../lib/booking-view"
import { holdBookingWorkflow } from "../../../../../../workflows/experience/workflows/hold-booking"
import type { StoreHoldBooking } from "./validators"

/** The cart's bookings (whose cart it is was checked by the owner check on /store/ocop/carts/:id). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ bookings: await listBookingViews(req.scope, { cart_id: req.params.id }) })
}

/** Adds a booking to the cart: its places are held for HOLD_MINUTES of cart inactivity, its lines added. */
export const POST = async (req: MedusaRequest<StoreHoldBooking>, res: MedusaResponse) => {
  const { result } = await holdBookingWorkflow(req.scope).run({
    input: { ...req.validatedBody, cart_id: req.params.id },
  })
  const [booking] = await listBookingViews(req.scope, { id: result.id })
  res.status(201).json({ booking })
}
