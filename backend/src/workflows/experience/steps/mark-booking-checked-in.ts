import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "../../../lib/error-codes"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const markBookingCheckedInStepId = "mark-booking-checked-in"

/** Marks the booking arrived; a second scan racing this one finds it no longer confirmed (409). Undone by confirming it again. */
export const markBookingCheckedInStep = createStep(
  markBookingCheckedInStepId,
  async (input: { id: string }, { container }) => {
    const service = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    if (!(await service.checkInBooking(input.id, new Date()))) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "code: already checked in", ERROR_CODES.voucherAlreadyCheckedIn)
    }
    return new StepResponse({ id: input.id }, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
      .updateBookings({ id, status: "confirmed", checked_in_at: null })
  }
)
