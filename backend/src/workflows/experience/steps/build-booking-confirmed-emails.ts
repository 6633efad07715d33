import type { NotificationTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingConfirmedEmail } from "../../../lib/emails/booking-emails"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const buildBookingConfirmedEmailsStepId = "build-booking-confirmed-emails"

/**
 * The voucher e-mail of each booking a placed checkout confirmed, in the booking's language, to
 * the address the order was placed with (a guest checkout has no account page to find it on).
 * No writes; none for a booking without a voucher or an address.
 */
export const buildBookingConfirmedEmailsStep = createStep(
  buildBookingConfirmedEmailsStepId,
  async (bookingIds: string[], { container }) => {
    if (!bookingIds.length) return new StepResponse<NotificationTypes.CreateNotificationDTO[]>([])
    const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const bookings = await experiences.listBookings({ id: bookingIds }, { relations: ["experience"] })
    const orderIds = [...new Set(bookings.flatMap((booking) => (booking.order_id ? [booking.order_id] : [])))]
    const { data: orders } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order", fields: ["id", "email"], filters: { id: orderIds } })
    const emailOf = new Map((orders as { id: string; email?: string | null }[]).map((order) => [order.id, order.email]))
    const notifications = bookings.flatMap((booking) => {
      const to = booking.order_id ? emailOf.get(booking.order_id) : undefined
      if (!to || !booking.voucher_code) return []
      const locale = booking.locale === "en" ? "en" : "vi"
      const email = bookingConfirmedEmail({
        locale,
        title: (locale === "en" && booking.experience.title_en) || booking.experience.title_vi,
        starts_at: new Date(booking.starts_at),
        nights: booking.nights,
        seats: booking.seats,
        meeting_address: booking.experience.meeting_address,
        voucher_code: booking.voucher_code,
        awaiting_host: booking.status === "requested",
        deposit:
          booking.due_on_arrival === null || booking.due_on_arrival === undefined
            ? null
            : { deposit_total: Number(booking.deposit_total ?? 0), due_on_arrival: Number(booking.due_on_arrival) },
      })
      return [
        {
          to,
          channel: "email",
          template: "booking-confirmed",
          content: { subject: email.subject, text: email.text },
          data: { booking_id: booking.id, url: email.url },
          idempotency_key: `booking-confirmed:${booking.id}`,
        } as NotificationTypes.CreateNotificationDTO,
      ]
    })
    return new StepResponse(notifications)
  }
)
