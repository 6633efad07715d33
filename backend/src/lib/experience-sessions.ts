import { MedusaContainer } from "@medusajs/framework/types"
import type { BookingStatus } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../modules/experience"
import type ExperienceModuleService from "../modules/experience/service"
import { BookingRow, toBookingView } from "./booking-view"
import { toSessionView } from "./host-experience-view"
import { notOwn } from "./not-own"

/** The bookings a host sees on a session's guest list: the ones that will (or did) arrive. */
export const GUEST_LIST_STATUSES: BookingStatus[] = ["requested", "confirmed", "checked_in"]

/** The producer's own session with its vacancies; another producer's (or none) is the same 404. */
export async function retrieveProducerSession(scope: MedusaContainer, producerId: string, id: string) {
  const service = scope.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const [session] = await service.listExperienceSessions(
    { id },
    {
      relations: ["experience"],
      select: ["id", "experience.id", "experience.producer_id", "experience.cutoff_hours", "experience.title_vi"],
    }
  )
  if (!session || session.experience.producer_id !== producerId) throw notOwn("session", id)
  const now = new Date()
  const [vacancy] = await service.sessionVacancies([id], now)
  return {
    session: toSessionView(vacancy, session.experience.cutoff_hours, now),
    experience: { id: session.experience.id, title_vi: session.experience.title_vi },
  }
}

/** The bookings that hold places in a session (a homestay's stay holds one per night), earliest first. */
export async function sessionBookings(scope: MedusaContainer, sessionId: string) {
  const service = scope.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const holds = await service.listBookingHolds({ session_id: sessionId }, { select: ["booking_id"], take: null })
  if (!holds.length) return []
  const bookings = await service.listBookings(
    { id: holds.map((hold) => hold.booking_id), status: GUEST_LIST_STATUSES },
    { order: { created_at: "ASC" }, take: null }
  )
  return bookings.map((booking) => toBookingView(booking as unknown as BookingRow))
}
