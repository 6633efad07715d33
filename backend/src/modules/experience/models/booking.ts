import { model } from "@medusajs/framework/utils"
import { BOOKING_STATUSES } from "@ocop/shared"
import { Experience } from "./experience"
import { BookingHold } from "./booking-hold"

/**
 * A buyer's booking of one session (or a homestay's consecutive nights): its participants, guests,
 * the cancellation policy as it was when booked, and the voucher code once confirmed. Its places
 * are its holds, one per session it covers.
 */
export const Booking = model.define("booking", {
  id: model.id({ prefix: "bkg" }).primaryKey(),
  status: model.enum([...BOOKING_STATUSES]).default("held"),
  cart_id: model.text().index(),
  customer_id: model.text().index().nullable(),
  // The producer order the booking became part of.
  order_id: model.text().index().nullable(),
  session_id: model.text().index(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  nights: model.number().default(1),
  // participant type id → count (ParticipantCounts)
  participants: model.json(),
  seats: model.number(),
  // BookingGuest[]
  guests: model.json().nullable(),
  line_item_ids: model.json().nullable(),
  cancellation_policy: model.json(),
  locale: model.text().default("vi"),
  // Hex of 16 random bytes; shown as the voucher's code and QR.
  voucher_code: model.text().unique().nullable(),
  // The full price; with a deposit, deposit_total is what the checkout charged and due_on_arrival the rest.
  total: model.bigNumber().nullable(),
  deposit_total: model.bigNumber().nullable(),
  due_on_arrival: model.bigNumber().nullable(),
  refund_amount: model.bigNumber().nullable(),
  cancelled_at: model.dateTime().nullable(),
  cancel_reason: model.text().nullable(),
  checked_in_at: model.dateTime().nullable(),
  experience: model.belongsTo(() => Experience, { mappedBy: "bookings" }),
  holds: model.hasMany(() => BookingHold, { mappedBy: "booking" }),
})
