import { model } from "@medusajs/framework/utils"
import { SESSION_STATUSES } from "@ocop/shared"
import { Experience } from "./experience"
import { BookingHold } from "./booking-hold"

/** One date and time of an experience (a night, for a homestay), with its places: a row, never a variant. */
export const ExperienceSession = model
  .define("experience_session", {
    id: model.id({ prefix: "exses" }).primaryKey(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    capacity: model.number(),
    status: model.enum([...SESSION_STATUSES]).default("open"),
    cancel_reason: model.text().nullable(),
    experience: model.belongsTo(() => Experience, { mappedBy: "sessions" }),
    holds: model.hasMany(() => BookingHold, { mappedBy: "session" }),
  })
  .indexes([
    { on: ["experience_id", "starts_at"] },
    // The below-minimum job reads open sessions by their start, across every experience.
    { name: "IDX_experience_session_open_starts_at", on: ["starts_at"], where: "status = 'open'" },
  ])
