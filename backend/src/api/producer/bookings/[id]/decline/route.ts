import { MedusaResponse } from "@medusajs/framework/http"
import { EXPERIENCE_MODULE } from "../../../../../modules/experience"
import type ExperienceModuleService from "../../../../../modules/experience/service"
import { BookingRow, toBookingView } from "../../../../../lib/booking-view"
import { cancelBookingWorkflow } from "../../../../../workflows/experience/workflows/cancel-booking"
import { ProducerRequest } from "../../../producer-scope"
import type { DeclineBookingType } from "../../validators"

/** The host declines (or cancels) one booking: the buyer is refunded in full and told why. */
export const POST = async (req: ProducerRequest<DeclineBookingType>, res: MedusaResponse) => {
  await cancelBookingWorkflow(req.scope).run({
    input: {
      booking_id: req.params.id,
      canceller: { by: "host", producer_id: req.producer.producer_id },
      reason: req.validatedBody.reason,
    },
  })
  const booking = await req.scope.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).retrieveBooking(req.params.id)
  res.json({ booking: toBookingView(booking as unknown as BookingRow) })
}
