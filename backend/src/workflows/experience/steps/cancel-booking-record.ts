import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const cancelBookingRecordStepId = "cancel-booking-record"

type CancelledBooking = { booking_id: string; refund_amount: number; reason: string | null; at?: Date }

/**
 * Marks the booking cancelled with its refund and frees its places (its holds go). The
 * compensation puts the booking and its holds back, so a refund that fails leaves it as it was.
 */
export const cancelBookingRecordStep = createStep(
  cancelBookingRecordStepId,
  async (input: CancelledBooking, { container }) => {
    const experiences: ExperienceModuleService = container.resolve(EXPERIENCE_MODULE)
    const [before] = await experiences.listBookings(
      { id: input.booking_id },
      { select: ["id", "status", "refund_amount", "cancelled_at", "cancel_reason"] }
    )
    const holds = await experiences.listBookingHolds({ booking_id: input.booking_id }, { select: ["id"] })
    await experiences.updateBookings({
      id: input.booking_id,
      status: "cancelled",
      refund_amount: input.refund_amount,
      cancel_reason: input.reason,
      cancelled_at: input.at ?? new Date(),
    })
    await experiences.softDeleteBookingHolds(holds.map((hold) => hold.id))
    return new StepResponse({ id: input.booking_id }, { before, hold_ids: holds.map((hold) => hold.id) })
  },
  async (saved, { container }) => {
    if (!saved) return
    const experiences: ExperienceModuleService = container.resolve(EXPERIENCE_MODULE)
    await experiences.restoreBookingHolds(saved.hold_ids)
    await experiences.updateBookings(saved.before as never)
  }
)
