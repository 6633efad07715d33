import { model } from "@medusajs/framework/utils"
import { CONFIRMATION_MODES, EXPERIENCE_KINDS, EXPERIENCE_STATUSES } from "@ocop/shared"
import { Booking } from "./booking"
import { ExperienceSession } from "./experience-session"
import { ParticipantType } from "./participant-type"

/**
 * A community-tourism experience a producer hosts. Its price and its place in the cart come from
 * one Medusa product (links/experience-product.ts): each participant type is a variant of it, so a
 * booking goes through the same checkout and producer split as goods. Its certificate and origin
 * are the product's.
 */
export const Experience = model
  .define("experience", {
    id: model.id({ prefix: "exp" }).primaryKey(),
    producer_id: model.text().index(),
    product_id: model.text().unique(),
    handle: model.text().unique(),
    kind: model.enum([...EXPERIENCE_KINDS]),
    status: model.enum([...EXPERIENCE_STATUSES]).default("pending"),
    reject_reason: model.text().nullable(),
    title_vi: model.text(),
    title_en: model.text().nullable(),
    description_vi: model.text(),
    description_en: model.text().nullable(),
    // { vi: string[], en: string[] }
    included: model.json().nullable(),
    excluded: model.json().nullable(),
    meeting_address: model.text(),
    meeting_lat: model.float().nullable(),
    meeting_lng: model.float().nullable(),
    province_code: model.text().index().nullable(),
    commune_code: model.text().index().nullable(),
    duration_minutes: model.number(),
    languages: model.json().nullable(),
    min_age: model.number().nullable(),
    // CancellationTier[] (@ocop/shared); each booking keeps its own copy from the day it was made.
    cancellation_policy: model.json(),
    cutoff_hours: model.number().default(24),
    min_participants: model.number().default(1),
    confirmation: model.enum([...CONFIRMATION_MODES]).default("instant"),
    pay_on_arrival: model.boolean().default(false),
    // 1–99: the share of each price paid online as a deposit, the rest on arrival; null: all online.
    deposit_percent: model.number().nullable(),
    images: model.json().nullable(),
    participant_types: model.hasMany(() => ParticipantType, { mappedBy: "experience" }),
    sessions: model.hasMany(() => ExperienceSession, { mappedBy: "experience" }),
    bookings: model.hasMany(() => Booking, { mappedBy: "experience" }),
  })
  .cascades({ delete: ["participant_types", "sessions"] })
