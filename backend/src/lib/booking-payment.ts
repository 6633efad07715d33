import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { BuyerBookingView } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../modules/experience"
import type ExperienceModuleService from "../modules/experience/service"
import type { BookingWithExperience } from "./booking-view"
import {
  checkoutPayments,
  paidForOrder,
  PRODUCER_ORDER_STATE_FIELDS,
  type ProducerOrderState,
} from "./producer-order-view"

/** What the checkout charged for a booking: its deposit when it has one, else its total. */
export const chargedForBooking = (booking: { total?: unknown; deposit_total?: unknown }) =>
  Number(booking.deposit_total ?? booking.total ?? 0)

/**
 * The part of the checkout's payment that paid a booking: its producer order's share, at most
 * `charged` (chargedForBooking: a deposit booking's rest is paid to the host on arrival, not here).
 */
export async function paidForBooking(container: MedusaContainer, orderId: string | null, charged: number) {
  if (!orderId || charged <= 0) return { paid: 0, payment_id: null }
  const {
    data: [order],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: PRODUCER_ORDER_STATE_FIELDS,
    filters: { id: orderId },
  })
  if (!order) return { paid: 0, payment_id: null }
  const state = order as unknown as ProducerOrderState
  const payment = (await checkoutPayments(container, [state])).get(state.order_group?.parent_order_id ?? "")
  const paid = Math.min(charged, paidForOrder(state, payment))
  return { paid, payment_id: payment && paid > 0 ? payment.id : null }
}

/**
 * The buyer's bookings with what was paid for each: a cancellation gives back its policy's share of
 * that, so an unpaid bank transfer or a booking paid on arrival has nothing to give back.
 */
export async function withPaid(
  container: MedusaContainer,
  bookings: BookingWithExperience[]
): Promise<(BookingWithExperience & BuyerBookingView)[]> {
  if (!bookings.length) return []
  const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const rows = await experiences.listBookings(
    { id: bookings.map((booking) => booking.id) },
    { select: ["id", "order_id"], take: null }
  )
  const orderOf = new Map(rows.map((row) => [row.id, (row.order_id as string | null) ?? null]))
  return Promise.all(
    bookings.map(async (booking) => ({
      ...booking,
      paid: (await paidForBooking(container, orderOf.get(booking.id) ?? null, chargedForBooking(booking))).paid,
    }))
  )
}
