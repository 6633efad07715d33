import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingCanMove, type BookingStatus } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const acceptBookingRequestStepId = "accept-booking-request"

/**
 * The host accepts a booking of an on-request experience: `requested` becomes `confirmed` (its
 * voucher becomes usable). Another host's booking is unknown (404); one not waiting is refused.
 */
export const acceptBookingRequestStep = createStep(
  acceptBookingRequestStepId,
  async (input: { booking_id: string; producer_id: string }, { container }) => {
    const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const [booking] = await experiences.listBookings({ id: input.booking_id }, { relations: ["experience"] })
    if (!booking || booking.experience.producer_id !== input.producer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `booking: no booking with id ${input.booking_id}`)
    }
    const status = booking.status as BookingStatus
    if (status !== "requested" || !bookingCanMove(status, "confirmed")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `booking: a ${status} booking is not waiting for an answer`)
    }
    await experiences.updateBookings({ id: booking.id, status: "confirmed" })
    return new StepResponse({ id: booking.id }, { id: booking.id, status })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).updateBookings(before)
  }
)
