import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { moveBookingWorkflow } from "../../../../../../../workflows/experience/workflows/move-booking"
import type { MoveMyBooking } from "../../validators"

/** The buyer moves a booking to another session of the same experience while it has room. */
export const POST = async (req: AuthenticatedMedusaRequest<z.infer<typeof MoveMyBooking>>, res: MedusaResponse) => {
  const { result } = await moveBookingWorkflow(req.scope).run({
    input: {
      booking_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      session_id: req.validatedBody.session_id,
    },
  })
  res.json({ booking: result })
}
