import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import { holdExpiry } from "../session-places"

export const extendCartHoldsStepId = "extend-cart-holds"

/**
 * Activity in a cart keeps its held places for another HOLD_MINUTES. A hold that has already lapsed
 * is left alone: its places may be someone else's by now, and only the completion, under the
 * sessions' locks, may take them again.
 */
export const extendCartHoldsStep = createStep(
  extendCartHoldsStepId,
  async ({ cart_id, now }: { cart_id: string; now?: Date | string }, { container }) => {
    const at = now ? new Date(now) : new Date()
    const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const bookings = await experiences.listBookings({ cart_id, status: "held" }, { select: ["id"] })
    if (!bookings.length) return new StepResponse(0)
    const holds = await experiences.listBookingHolds(
      { booking_id: bookings.map((booking) => booking.id), expires_at: { $gt: at } },
      { select: ["id"] }
    )
    if (holds.length) {
      await experiences.updateBookingHolds(holds.map((hold) => ({ id: hold.id, expires_at: holdExpiry(at) })))
    }
    return new StepResponse(holds.length)
  }
)
