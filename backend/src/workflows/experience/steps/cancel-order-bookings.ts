import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingCanMove, type BookingStatus } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const cancelOrderBookingsStepId = "cancel-order-bookings"

/** A cancelled producer order cancels the bookings in it and frees their places. */
export const cancelOrderBookingsStep = createStep(
  cancelOrderBookingsStepId,
  async ({ order_id, now }: { order_id: string; now?: Date | string }, { container }) => {
    const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const bookings = (await experiences.listBookings({ order_id }, { relations: ["holds"] })).filter((booking) =>
      bookingCanMove(booking.status as BookingStatus, "cancelled")
    )
    if (!bookings.length) return new StepResponse([] as string[])
    await experiences.deleteBookingHolds(bookings.flatMap((booking) => booking.holds.map((hold) => hold.id)))
    const at = now ? new Date(now) : new Date()
    await experiences.updateBookings(
      bookings.map((booking) => ({
        id: booking.id,
        status: "cancelled" as const,
        cancelled_at: at,
        cancel_reason: "order_canceled",
      }))
    )
    return new StepResponse(bookings.map((booking) => booking.id))
  }
)
