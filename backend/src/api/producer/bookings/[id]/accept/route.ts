import { MedusaResponse } from "@medusajs/framework/http"
import { EXPERIENCE_MODULE } from "../../../../../modules/experience"
import type ExperienceModuleService from "../../../../../modules/experience/service"
import { BookingRow, toBookingView } from "../../../../../lib/booking-view"
import { acceptBookingRequestWorkflow } from "../../../../../workflows/experience/workflows/accept-booking-request"
import { ProducerRequest } from "../../../producer-scope"

/** The host accepts a booking of an on-request experience: it is confirmed and its voucher usable. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  await acceptBookingRequestWorkflow(req.scope).run({
    input: { booking_id: req.params.id, producer_id: req.producer.producer_id },
  })
  const booking = await req.scope.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).retrieveBooking(req.params.id)
  res.json({ booking: toBookingView(booking as unknown as BookingRow) })
}
