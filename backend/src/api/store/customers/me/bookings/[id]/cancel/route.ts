import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelBookingWorkflow } from "../../../../../../../workflows/experience/workflows/cancel-booking"
import type { z } from "@medusajs/framework/zod"
import type { CancelMyBooking } from "../../validators"

/** The buyer cancels a booking; the refund is what its policy, as booked, gives now. */
export const POST = async (req: AuthenticatedMedusaRequest<z.infer<typeof CancelMyBooking>>, res: MedusaResponse) => {
  const { result } = await cancelBookingWorkflow(req.scope).run({
    input: {
      booking_id: req.params.id,
      canceller: { by: "buyer", customer_id: req.auth_context.actor_id },
      reason: req.validatedBody.reason ?? null,
    },
  })
  res.json({ booking: { id: result.id, status: "cancelled", refund_amount: result.refund_amount } })
}
