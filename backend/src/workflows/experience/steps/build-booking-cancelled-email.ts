import type { NotificationTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingCancelledEmail, type CancelledBookingText } from "../../../lib/emails/booking-emails"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const buildBookingCancelledEmailStepId = "build-booking-cancelled-email"

/**
 * The buyer's e-mail about a cancelled booking, in the booking's language, to the address its
 * order was placed with (a guest checkout has no account). None without an address. No writes.
 */
export const buildBookingCancelledEmailStep = createStep(
  buildBookingCancelledEmailStepId,
  async (input: { booking_id: string; by: CancelledBookingText["by"] }, { container }) => {
    const experiences: ExperienceModuleService = container.resolve(EXPERIENCE_MODULE)
    const [booking] = await experiences.listBookings({ id: input.booking_id }, { relations: ["experience"] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = booking?.order_id
      ? await query.graph({ entity: "order", fields: ["email"], filters: { id: booking.order_id } })
      : { data: [] }
    const { data: customers } =
      !orders[0]?.email && booking?.customer_id
        ? await query.graph({ entity: "customer", fields: ["email"], filters: { id: booking.customer_id } })
        : { data: [] }
    const to = (orders[0]?.email ?? customers[0]?.email) as string | undefined
    if (!booking || !to) return new StepResponse<NotificationTypes.CreateNotificationDTO[]>([])
    const locale = booking.locale === "en" ? "en" : "vi"
    const email = bookingCancelledEmail({
      id: booking.id,
      locale,
      title: (locale === "en" && booking.experience.title_en) || booking.experience.title_vi,
      starts_at: new Date(booking.starts_at),
      refund_amount: Number(booking.refund_amount ?? 0),
      by: input.by,
      reason: booking.cancel_reason,
    })
    return new StepResponse<NotificationTypes.CreateNotificationDTO[]>([
      {
        to,
        channel: "email",
        template: "booking-cancelled",
        content: { subject: email.subject, text: email.text },
        data: { booking_id: booking.id, url: email.url },
        idempotency_key: `booking-cancelled:${booking.id}`,
      },
    ])
  }
)
