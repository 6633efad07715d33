import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const removeBookingStepId = "remove-booking"

/**
 * Frees a booking's places and removes it from its cart. The last step of its workflow, so nothing
 * after it can fail and want the places back (taking them back would need the sessions' locks).
 */
export const removeBookingStep = createStep(removeBookingStepId, async (bookingId: string, { container }) => {
  const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const holds = await experiences.listBookingHolds({ booking_id: bookingId }, { select: ["id"] })
  await experiences.deleteBookingHolds(holds.map((hold) => hold.id))
  await experiences.softDeleteBookings(bookingId)
  return new StepResponse({ id: bookingId })
})
