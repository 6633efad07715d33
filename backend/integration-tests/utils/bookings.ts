import crypto from "node:crypto"
import { MedusaContainer } from "@medusajs/framework"
import { DEFAULT_CANCELLATION_POLICY, type BookingGuest, type BookingStatus } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../src/modules/experience"
import type ExperienceModuleService from "../../src/modules/experience/service"

type BookingInput = {
  session_id: string
  seats: number
  status?: BookingStatus
  guests?: BookingGuest[]
  /** A held booking's hold lapses then; a confirmed one's never does. */
  expires_at?: Date | null
  /** A booking with a deposit: what was charged online and what is due on arrival (its total is their sum). */
  deposit?: { deposit_total: number; due_on_arrival: number }
}

/**
 * A booking of a session as the buyer side leaves it (booking row + its hold), written with the
 * module's service: the host-side tests need bookings without going through a cart.
 */
export async function insertBooking(container: MedusaContainer, input: BookingInput) {
  const service = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const session = await service.retrieveExperienceSession(input.session_id, { relations: ["experience"] })
  const status = input.status ?? "confirmed"
  const [booking] = await service.createBookings([
    {
      status,
      cart_id: `cart_${crypto.randomBytes(6).toString("hex")}`,
      session_id: session.id,
      experience_id: session.experience.id,
      starts_at: session.starts_at,
      ends_at: session.ends_at,
      participants: {},
      seats: input.seats,
      guests: (input.guests ?? [{ name: "Nguyễn Văn An", nationality: "VN", phone: "0912345678" }]) as never,
      cancellation_policy: DEFAULT_CANCELLATION_POLICY as never,
      voucher_code: status === "held" ? null : crypto.randomBytes(16).toString("hex"),
      total: input.deposit ? input.deposit.deposit_total + input.deposit.due_on_arrival : 500000,
      deposit_total: input.deposit?.deposit_total ?? null,
      due_on_arrival: input.deposit?.due_on_arrival ?? null,
    },
  ])
  await service.createBookingHolds([
    {
      session_id: session.id,
      booking_id: booking.id,
      seats: input.seats,
      expires_at:
        input.expires_at === undefined
          ? status === "held"
            ? new Date(Date.now() + 15 * 60_000)
            : null
          : input.expires_at,
    },
  ])
  return booking
}
