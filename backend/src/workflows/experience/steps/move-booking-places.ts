import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sessionBookable } from "@ocop/shared"
import { ERROR_CODES } from "../../../lib/error-codes"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import { assertPlacesFree, withSessionLocks } from "../session-places"

export const moveBookingPlacesStepId = "move-booking-places"

const DAY_MS = 24 * 60 * 60 * 1000

type BookingPlaces = {
  id: string
  session_id: string
  starts_at: Date
  ends_at: Date
  holds: { id: string; session_id: string }[]
}

/**
 * Moves a buyer's booking to another session of the same experience (a homestay's stay to other
 * consecutive nights) while that session has room for all its places: under the locks of every
 * session involved, the holds move with it, so nothing is double-counted. The policy and price stay
 * as booked. Another customer's booking is unknown (404); a full session answers 409.
 */
export const moveBookingPlacesStep = createStep(
  moveBookingPlacesStepId,
  async (input: { booking_id: string; customer_id: string; session_id: string }, { container }) => {
    const experiences: ExperienceModuleService = container.resolve(EXPERIENCE_MODULE)
    const [booking] = await experiences.listBookings(
      { id: input.booking_id, customer_id: input.customer_id },
      { relations: ["experience", "holds"] }
    )
    if (!booking) throw new MedusaError(MedusaError.Types.NOT_FOUND, `booking: no booking with id ${input.booking_id}`)
    if (!["requested", "confirmed"].includes(booking.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `booking: a ${booking.status} booking cannot be moved`)
    }
    const now = new Date()
    if (new Date(booking.starts_at).getTime() <= now.getTime()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "booking: the session has started; it can no longer be moved"
      )
    }
    const [target] = await experiences.listExperienceSessions({
      id: input.session_id,
      experience_id: booking.experience.id,
    })
    if (!target) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "session_id: not a session of this booking's experience")
    }
    if (target.id === booking.session_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "session_id: the booking is already for this session")
    }
    const nights = await experiences.listExperienceSessions(
      { experience_id: booking.experience.id, starts_at: { $gte: target.starts_at } },
      { order: { starts_at: "ASC" }, take: booking.nights }
    )
    const consecutive = nights.every(
      (night, index) =>
        new Date(night.starts_at).getTime() === new Date(target.starts_at).getTime() + index * DAY_MS &&
        sessionBookable(night, booking.experience.cutoff_hours, now)
    )
    if (nights.length !== booking.nights || !consecutive) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `session_id: not open for booking${booking.nights > 1 ? ` for ${booking.nights} nights in a row` : ""}`,
        ERROR_CODES.sessionNotBookable
      )
    }
    const before: BookingPlaces = {
      id: booking.id,
      session_id: booking.session_id,
      starts_at: booking.starts_at,
      ends_at: booking.ends_at,
      holds: booking.holds.map((hold) => ({ id: hold.id, session_id: hold.session_id as string })),
    }
    const sessionIds = [...before.holds.map((hold) => hold.session_id), ...nights.map((night) => night.id)]
    await withSessionLocks(container, sessionIds, async () => {
      await assertPlacesFree(
        container,
        nights.map((night) => night.id),
        booking.seats,
        now
      )
      // Every hold of a booking takes the booking's seats: any of them may go to any of the new nights.
      await experiences.updateBookingHolds(
        booking.holds.map((hold, index) => ({ id: hold.id, session_id: nights[index].id }))
      )
      await experiences.updateBookings({
        id: booking.id,
        session_id: target.id,
        starts_at: target.starts_at,
        ends_at: nights[nights.length - 1].ends_at,
      })
    })
    return new StepResponse({ id: booking.id, session_id: target.id }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const experiences: ExperienceModuleService = container.resolve(EXPERIENCE_MODULE)
    await experiences.updateBookingHolds(before.holds)
    await experiences.updateBookings({
      id: before.id,
      session_id: before.session_id,
      starts_at: before.starts_at,
      ends_at: before.ends_at,
    })
  }
)
