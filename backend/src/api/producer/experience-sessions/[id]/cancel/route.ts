import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerSession } from "../../../../../lib/experience-sessions"
import { cancelSessionWorkflow } from "../../../../../workflows/experience/workflows/cancel-session"
import { ProducerRequest } from "../../../producer-scope"
import { CancelExperienceSessionType } from "../../validators"

/**
 * The host cancels a session: nobody can book it any more, everyone booked is refunded in full and
 * e-mailed in their language. Another producer's session is unknown (404).
 */
export const POST = async (req: ProducerRequest<CancelExperienceSessionType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  const { result } = await cancelSessionWorkflow(req.scope).run({
    input: { session_id: req.params.id, canceller: { by: "host", producer_id }, reason: req.validatedBody.reason },
  })
  res.json({
    ...(await retrieveProducerSession(req.scope, producer_id, req.params.id)),
    cancelled_bookings: result.cancelled,
  })
}
