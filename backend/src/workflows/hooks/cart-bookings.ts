import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER_ID, CASH_ON_DELIVERY_PROVIDER_ID, guestProblems, type BookingGuest } from "@ocop/shared"
import { ERROR_CODES } from "../../lib/error-codes"
import { EXPERIENCE_MODULE } from "../../modules/experience"
import type ExperienceModuleService from "../../modules/experience/service"
import { assertPlacesFree, holdExpiry, withSessionLocks } from "../experience/session-places"

type CartForBookings = {
  id: string
  items?: ({ id: string } | null)[] | null
  payment_collection?: { payment_sessions?: ({ provider_id: string } | null)[] | null } | null
}
type BookingToComplete = Awaited<ReturnType<ExperienceModuleService["listBookings"]>>[number]

const refuse = (message: string, code: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `${message}. Nothing was ordered or charged.`, code)

/** Bookings are paid by VietQR; cash only where the host lets guests pay on arrival. */
function checkPaymentMethod(booking: BookingToComplete, providers: string[], index: number) {
  const allowed = [
    BANK_TRANSFER_PROVIDER_ID,
    ...(booking.experience.pay_on_arrival ? [CASH_ON_DELIVERY_PROVIDER_ID] : []),
  ]
  if (!providers.length || providers.some((provider) => !allowed.includes(provider))) {
    throw refuse(
      `bookings[${index}].payment: "${booking.experience.title_vi}" is paid by VietQR bank transfer${
        booking.experience.pay_on_arrival ? " or on arrival" : ""
      }`,
      ERROR_CODES.bookingPaymentMethod
    )
  }
}

/**
 * Makes sure a booking still has its places: a live hold is pushed on; a lapsed or released one
 * takes its places again under the sessions' locks if they are still free, else 409 `session_full`.
 */
async function keepPlaces(container: MedusaContainer, booking: BookingToComplete, now: Date) {
  const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const live =
    booking.status === "held" &&
    booking.holds.length > 0 &&
    booking.holds.every((hold) => hold.expires_at && new Date(hold.expires_at) > now)
  if (live) {
    await experiences.updateBookingHolds(booking.holds.map((hold) => ({ id: hold.id, expires_at: holdExpiry(now) })))
    return
  }
  const sessionIds = booking.holds.length
    ? booking.holds.map((hold) => hold.session_id)
    : await stayOf(container, booking)
  await withSessionLocks(container, sessionIds, async () => {
    // The booking's own lapsed holds count for nothing already; they are replaced by fresh ones.
    await assertPlacesFree(container, sessionIds, booking.seats, now)
    if (booking.holds.length) await experiences.deleteBookingHolds(booking.holds.map((hold) => hold.id))
    await experiences.createBookingHolds(
      sessionIds.map((session_id) => ({
        session_id,
        booking_id: booking.id,
        seats: booking.seats,
        expires_at: holdExpiry(now),
      }))
    )
    await experiences.updateBookings({ id: booking.id, status: "held" })
  })
}

/** The sessions a released booking covers (its holds are gone): its first night and the nights after it. */
async function stayOf(container: MedusaContainer, booking: BookingToComplete) {
  const sessions = await container
    .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    .listExperienceSessions(
      { experience_id: booking.experience_id, starts_at: { $gte: booking.starts_at, $lt: booking.ends_at } },
      { select: ["id"], order: { starts_at: "ASC" }, take: booking.nights }
    )
  return sessions.map((session) => session.id)
}

/**
 * At completion, each booking whose lines are still in the cart needs its guests, a payment method
 * its host takes, and its places (taken again if its hold lapsed). Runs in completeCartWorkflow's
 * validate hook: before the order is created or any payment authorized.
 */
export async function checkCartBookings(container: MedusaContainer, cartId: string, now = new Date()) {
  const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const bookings = await experiences.listBookings(
    { cart_id: cartId, status: ["held", "released"] },
    { relations: ["experience", "holds"], order: { starts_at: "ASC" } }
  )
  if (!bookings.length) return
  const {
    data: [cart],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "items.id", "payment_collection.payment_sessions.provider_id"],
    filters: { id: cartId },
  })
  const lineIds = new Set(((cart as CartForBookings).items ?? []).flatMap((item) => (item ? [item.id] : [])))
  const providers = ((cart as CartForBookings).payment_collection?.payment_sessions ?? []).flatMap((session) =>
    session ? [session.provider_id] : []
  )
  const inCart = bookings.filter((booking) =>
    ((booking.line_item_ids ?? []) as unknown as string[]).some((id) => lineIds.has(id))
  )
  inCart.forEach((booking, index) => {
    const problems = guestProblems((booking.guests ?? []) as unknown as BookingGuest[], `bookings[${index}].guests`)
    if (problems.length) throw refuse(problems.join("; "), ERROR_CODES.bookingGuestsMissing)
    checkPaymentMethod(booking, providers, index)
  })
  for (const booking of inCart) await keepPlaces(container, booking, now)
}
