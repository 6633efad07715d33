import { model } from "@medusajs/framework/utils"
import { Booking } from "./booking"
import { ExperienceSession } from "./experience-session"

/**
 * The places a booking takes in one session. A session's vacancies are its capacity minus its
 * holds' seats, counting a hold with an `expires_at` only until then (a cart's hold lapses after
 * HOLD_MINUTES of inactivity; a paid or confirmed booking's holds do not lapse).
 */
export const BookingHold = model
  .define("booking_hold", {
    id: model.id({ prefix: "bhold" }).primaryKey(),
    seats: model.number(),
    expires_at: model.dateTime().nullable(),
    session: model.belongsTo(() => ExperienceSession, { mappedBy: "holds" }),
    booking: model.belongsTo(() => Booking, { mappedBy: "holds" }),
  })
  .indexes([
    { on: ["session_id", "booking_id"], unique: true },
    // The release job scans lapsing holds every minute; a paid booking's holds (no expiry) stay out of it.
    { name: "IDX_booking_hold_lapsing", on: ["expires_at"], where: "expires_at IS NOT NULL" },
  ])
