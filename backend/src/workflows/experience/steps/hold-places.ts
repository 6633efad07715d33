import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import { assertPlacesFree, holdExpiry, withSessionLocks } from "../session-places"
import type { PricedBooking } from "./price-booking-lines"
import type { ValidBooking } from "./validate-booking-request"

export const holdPlacesStepId = "hold-places"

/**
 * Creates the booking and one hold per session under the sessions' locks, or refuses with 409
 * `session_full`: counting and taking happen together, so racing buyers never oversell.
 */
export const holdPlacesStep = createStep(
  holdPlacesStepId,
  async (
    { booking, priced, now }: { booking: ValidBooking; priced: PricedBooking; now?: Date | string },
    { container }
  ) => {
    const at = now ? new Date(now) : new Date()
    const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const created = await withSessionLocks(container, booking.session_ids, async () => {
      await assertPlacesFree(container, booking.session_ids, booking.seats, at)
      const row = await experiences.createBookings({
        status: "held",
        cart_id: booking.cart_id,
        customer_id: booking.customer_id,
        experience_id: booking.experience_id,
        session_id: booking.session_ids[0],
        starts_at: booking.starts_at,
        ends_at: booking.ends_at,
        nights: booking.nights,
        participants: booking.participants,
        seats: booking.seats,
        guests: booking.guests as unknown as Record<string, unknown>,
        cancellation_policy: booking.cancellation_policy as unknown as Record<string, unknown>,
        locale: booking.locale,
        // At the prices of the moment; the checkout sets them from its lines (confirm-bookings).
        total: priced.total,
        deposit_total: priced.deposit_total,
        due_on_arrival: priced.due_on_arrival,
      })
      await experiences.createBookingHolds(
        booking.session_ids.map((session_id) => ({
          session_id,
          booking_id: row.id,
          seats: booking.seats,
          expires_at: holdExpiry(at),
        }))
      )
      return row
    })
    return new StepResponse({ id: created.id }, created.id)
  },
  async (bookingId, { container }) => {
    if (!bookingId) return
    const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const holds = await experiences.listBookingHolds({ booking_id: bookingId }, { select: ["id"] })
    await experiences.deleteBookingHolds(holds.map((hold) => hold.id))
    await experiences.deleteBookings(bookingId)
  }
)
