import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerSession, sessionBookings } from "../../../../../lib/experience-sessions"
import { ProducerRequest } from "../../../producer-scope"

/** The session's guest list: its requested, confirmed and checked-in bookings with their guests. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { session } = await retrieveProducerSession(req.scope, req.producer.producer_id, req.params.id)
  res.json({ session, bookings: await sessionBookings(req.scope, session.id) })
}
