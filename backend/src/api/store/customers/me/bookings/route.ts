import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listBookingViews } from "../../../../../lib/booking-view"

/** The signed-in customer's bookings (the customer is the sign-in's, never the request's). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ bookings: await listBookingViews(req.scope, { customer_id: req.auth_context.actor_id }) })
}
