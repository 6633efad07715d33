import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const releaseLapsedHoldsStepId = "release-lapsed-holds"

/**
 * Deletes holds that lapsed before `now` and marks their bookings `released` (their lines stay in
 * the cart; completing it takes the places again if they are still free). Vacancies already ignore
 * lapsed holds: this keeps the tables and the bookings' statuses true.
 */
export const releaseLapsedHoldsStep = createStep(
  releaseLapsedHoldsStepId,
  async ({ now }: { now: Date | string }, { container }) => {
    const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const lapsed = await experiences.listBookingHolds(
      { expires_at: { $lt: new Date(now) } },
      { select: ["id", "booking_id"], take: 1000 }
    )
    if (!lapsed.length) return new StepResponse([] as string[])
    await experiences.deleteBookingHolds(lapsed.map((hold) => hold.id))
    const bookingIds = [...new Set(lapsed.map((hold) => hold.booking_id))]
    // A booking the completion took again meanwhile has live holds: it stays held.
    const stillHeld = new Set(
      (await experiences.listBookingHolds({ booking_id: bookingIds }, { select: ["booking_id"] })).map(
        (hold) => hold.booking_id
      )
    )
    const released = (await experiences.listBookings({ id: bookingIds, status: "held" }, { select: ["id"] }))
      .map((booking) => booking.id)
      .filter((id) => !stillHeld.has(id))
    if (released.length) await experiences.updateBookings(released.map((id) => ({ id, status: "released" as const })))
    return new StepResponse(released)
  }
)
