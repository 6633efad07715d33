import { MedusaResponse } from "@medusajs/framework/http"
import { EXPERIENCE_MODULE } from "../../../../modules/experience"
import type ExperienceModuleService from "../../../../modules/experience/service"
import { BookingRow, toBookingView } from "../../../../lib/booking-view"
import { checkInBookingWorkflow } from "../../../../workflows/experience/workflows/check-in-booking"
import { ProducerRequest } from "../../producer-scope"
import { CheckInBookingType } from "./validators"

/** Checks a voucher in: the booking is marked arrived; a second scan is 409, someone else's code 400. */
export const POST = async (req: ProducerRequest<CheckInBookingType>, res: MedusaResponse) => {
  const { result } = await checkInBookingWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, code: req.validatedBody.code },
  })
  const booking = await req.scope.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).retrieveBooking(result.id)
  res.json({ booking: toBookingView(booking as unknown as BookingRow) })
}
