import { randomBytes } from "node:crypto"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingCanMove, type BookingStatus } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

type OrderLine = {
  metadata?: Record<string, unknown> | null
  total?: unknown
  quantity?: unknown
  unit_price?: unknown
}
type ProducerOrder = { id: string; items?: (OrderLine | null)[] | null }

export const confirmBookingsStepId = "confirm-bookings"

/**
 * A booking's money from its order lines: what they cost is what the checkout charged; a deposit
 * line (its metadata names the full unit price) leaves the rest of that price due on arrival.
 */
function bookingMoneyOf(lines: OrderLine[]) {
  const charged = lines.reduce((sum, line) => sum + Number(line.total ?? 0), 0)
  const deposit = lines.some((line) => line.metadata?.full_unit_price !== undefined)
  if (!deposit) return { total: charged, deposit_total: null, due_on_arrival: null }
  const due = lines.reduce(
    (sum, line) =>
      sum +
      (line.metadata?.full_unit_price === undefined
        ? 0
        : (Number(line.metadata.full_unit_price) - Number(line.unit_price ?? 0)) * Number(line.quantity ?? 0)),
    0
  )
  return { total: charged + due, deposit_total: charged, due_on_arrival: due }
}

/**
 * A placed checkout's bookings become confirmed (requested, when the host confirms each booking
 * itself), each with the producer order its lines went into, what those lines cost (with a deposit:
 * the deposit, and the rest due on arrival) and a voucher code; their places stop lapsing. An unpaid
 * bank transfer keeps them until the order is cancelled.
 */
export const confirmBookingsStep = createStep(
  confirmBookingsStepId,
  async ({ order_group_id }: { order_group_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "order_group",
      fields: ["id", "cart_id", "customer_id", "orders.id"],
      filters: { id: order_group_id },
    })
    if (!group) return new StepResponse([] as string[])
    // Read as orders with their total: only then does the order module compute the lines' totals.
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "total", "items.metadata", "items.quantity", "items.unit_price", "items.total"],
      filters: { id: ((group.orders ?? []) as { id: string }[]).map((order) => order.id) },
    })
    const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const bookings = await experiences.listBookings(
      { cart_id: group.cart_id, status: ["held", "released"] },
      { relations: ["experience", "holds"] }
    )
    const lines = (orders as ProducerOrder[]).flatMap((order) =>
      (order.items ?? []).flatMap((item) => (item?.metadata?.booking_id ? [{ order_id: order.id, item }] : []))
    )
    const confirmed = bookings.flatMap((booking) => {
      const own = lines.filter((line) => line.item.metadata?.booking_id === booking.id)
      const status: BookingStatus = booking.experience.confirmation === "on_request" ? "requested" : "confirmed"
      if (!own.length || !bookingCanMove(booking.status as BookingStatus, status)) return []
      return [
        {
          id: booking.id,
          status,
          // A guest who signed in before paying: the booking is the customer's whose order it is.
          customer_id: group.customer_id ?? booking.customer_id,
          order_id: own[0].order_id,
          ...bookingMoneyOf(own.map((line) => line.item)),
          voucher_code: randomBytes(16).toString("hex"),
        },
      ]
    })
    if (!confirmed.length) return new StepResponse([] as string[])
    // The holds first: a booking seen confirmed already keeps its places for good.
    const holds = bookings
      .filter((booking) => confirmed.some((row) => row.id === booking.id))
      .flatMap((booking) => booking.holds.map((hold) => ({ id: hold.id, expires_at: null })))
    await experiences.updateBookingHolds(holds)
    await experiences.updateBookings(confirmed)
    return new StepResponse(confirmed.map((row) => row.id))
  }
)
