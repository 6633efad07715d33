import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPaid } from "../../../../../lib/booking-payment"
import { listBookingViews } from "../../../../../lib/booking-view"

/** The signed-in customer's bookings, each with what was paid for it (the customer is the sign-in's). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const bookings = await listBookingViews(req.scope, { customer_id: req.auth_context.actor_id })
  res.json({ bookings: await withPaid(req.scope, bookings) })
}
