import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingCanMove, type BookingStatus } from "@ocop/shared"
import { ERROR_CODES } from "../../../lib/error-codes"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const findVoucherBookingStepId = "find-voucher-booking"

const invalid = (why: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `code: ${why}`, ERROR_CODES.voucherInvalid)

/**
 * The booking a host's scanned or typed voucher code names. A code the host cannot use is refused
 * with the same code whatever the reason (unknown, another host's, cancelled, not confirmed, past),
 * so the answer tells nobody whether another host's voucher exists; a voucher already used is 409.
 */
export const findVoucherBookingStep = createStep(
  findVoucherBookingStepId,
  async (input: { producer_id: string; code: string }, { container }) => {
    const service = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const [booking] = await service.listBookings(
      { voucher_code: input.code.trim().toLowerCase() },
      { relations: ["experience"], select: ["id", "status", "ends_at", "checked_in_at", "experience.producer_id"] }
    )
    if (!booking || booking.experience.producer_id !== input.producer_id) {
      throw invalid("no booking of yours has this voucher code")
    }
    const status = booking.status as BookingStatus
    if (status === "checked_in") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `code: already checked in at ${new Date(booking.checked_in_at!).toISOString()}`,
        ERROR_CODES.voucherAlreadyCheckedIn
      )
    }
    if (!bookingCanMove(status, "checked_in")) throw invalid(`the booking is ${status}, not confirmed`)
    if (new Date(booking.ends_at).getTime() < Date.now()) throw invalid("the booking's session is over")
    return new StepResponse({ id: booking.id })
  }
)
