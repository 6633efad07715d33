import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { guestProblems, type BookingGuest } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const setBookingGuestsStepId = "set-booking-guests"

/** Replaces a booking's guest list with a complete one (the host registers these guests). */
export const setBookingGuestsStep = createStep(
  setBookingGuestsStepId,
  async ({ booking_id, guests }: { booking_id: string; guests: BookingGuest[] }, { container }) => {
    const problems = guestProblems(guests)
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const previous = await experiences.retrieveBooking(booking_id, { select: ["id", "guests"] })
    await experiences.updateBookings({ id: booking_id, guests: guests as unknown as Record<string, unknown> })
    return new StepResponse({ id: booking_id }, { id: booking_id, guests: previous.guests })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).updateBookings(previous)
  }
)
