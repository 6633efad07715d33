import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const findCartBookingStepId = "find-cart-booking"

/** A booking of this cart that is still in it (held, or released by a lapsed hold); another cart's is unknown (404). */
export const findCartBookingStep = createStep(
  findCartBookingStepId,
  async ({ cart_id, booking_id }: { cart_id: string; booking_id: string }, { container }) => {
    const [booking] = await container
      .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
      .listBookings({ id: booking_id, cart_id, status: ["held", "released"] })
    if (!booking)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `booking_id: no booking ${booking_id} in this cart`)
    return new StepResponse({ id: booking.id, line_item_ids: (booking.line_item_ids ?? []) as unknown as string[] })
  }
)
