import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const setBookingLinesStepId = "set-booking-lines"

/** Records on the booking which of its cart's lines are its own (they carry `metadata.booking_id`). */
export const setBookingLinesStep = createStep(
  setBookingLinesStepId,
  async ({ booking_id, cart_id }: { booking_id: string; cart_id: string }, { container }) => {
    const {
      data: [cart],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["items.id", "items.metadata"],
      filters: { id: cart_id },
    })
    const lineIds = ((cart?.items ?? []) as { id: string; metadata?: Record<string, unknown> | null }[])
      .filter((item) => item?.metadata?.booking_id === booking_id)
      .map((item) => item.id)
    await container
      .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
      .updateBookings({ id: booking_id, line_item_ids: lineIds as unknown as Record<string, unknown> })
    return new StepResponse(lineIds)
  }
)
