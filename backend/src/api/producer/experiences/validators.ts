import { z } from "@medusajs/framework/zod"
import {
  CONFIRMATION_MODES,
  DEPOSIT_PERCENT_MAX,
  DEPOSIT_PERCENT_MIN,
  EXPERIENCE_KINDS,
  EXPERIENCE_STATUSES,
  MAX_GENERATED_SESSIONS,
  PARTICIPANT_KINDS,
} from "@ocop/shared"
import { communeCode, provinceCode } from "../../admin/ocop/place-fields"
import { VND } from "../vnd"

const text = (field: string, max: number, min = 0) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(min, min ? `${field} must have at least ${min} characters` : `${field} must not be empty`)
    .max(max, `${field} must have at most ${max} characters`)
const whole = (field: string, min: number, max: number) =>
  z
    .number({ error: `${field} must be a whole number from ${min} to ${max}` })
    .int(`${field} must be a whole number from ${min} to ${max}`)
    .min(min, `${field} must be a whole number from ${min} to ${max}`)
    .max(max, `${field} must be a whole number from ${min} to ${max}`)
const list = (field: string) =>
  z
    .array(text(field, 200, 1), { error: `${field} must be a list of texts` })
    .max(30, `${field} must have at most 30 items`)
const oneOf = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, { error: `${field} must be one of ${values.join(", ")}` })

// The tiers' order and bounds are checked by the workflow (cancellationPolicyProblems of @ocop/shared).
const CancellationTierBody = z
  .object({
    days_before: z.number({ error: "days_before must be a number" }),
    refund_percent: z.number({ error: "refund_percent must be a number" }),
  })
  .strict()

const ParticipantType = z
  .object({
    kind: oneOf("kind", PARTICIPANT_KINDS),
    name_vi: text("name_vi", 60, 1),
    name_en: text("name_en", 60).nullish(),
    min_age: whole("min_age", 0, 120).nullish(),
    max_age: whole("max_age", 0, 120).nullish(),
    needs_adult: z.boolean({ error: "needs_adult must be true or false" }).optional(),
    seats: whole("seats", 1, 500).optional(),
    price: VND("price"),
  })
  .strict()

const experienceContent = {
  title_vi: text("title_vi", 200, 2),
  title_en: text("title_en", 200).nullish(),
  description_vi: text("description_vi", 10_000, 1),
  description_en: text("description_en", 10_000).nullish(),
  included_vi: list("included_vi").optional(),
  included_en: list("included_en").optional(),
  excluded_vi: list("excluded_vi").optional(),
  excluded_en: list("excluded_en").optional(),
  meeting_address: text("meeting_address", 500, 3),
  meeting_lat: z
    .number({ error: "meeting_lat must be a latitude" })
    .min(-90, "meeting_lat must be a latitude")
    .max(90, "meeting_lat must be a latitude")
    .nullish(),
  meeting_lng: z
    .number({ error: "meeting_lng must be a longitude" })
    .min(-180, "meeting_lng must be a longitude")
    .max(180, "meeting_lng must be a longitude")
    .nullish(),
  duration_minutes: whole("duration_minutes", 15, 14 * 24 * 60),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, "languages must be two-letter language codes (vi, en)"), {
      error: "languages must be a list of language codes",
    })
    .max(10, "languages must have at most 10 languages")
    .optional(),
  min_age: whole("min_age", 0, 120).nullish(),
  cancellation_policy: z
    .array(CancellationTierBody, { error: "cancellation_policy must be a list of tiers" })
    .max(10, "cancellation_policy must have at most 10 tiers")
    .optional(),
  cutoff_hours: whole("cutoff_hours", 0, 24 * 30).optional(),
  min_participants: whole("min_participants", 1, 500).optional(),
  confirmation: oneOf("confirmation", CONFIRMATION_MODES).optional(),
  pay_on_arrival: z.boolean({ error: "pay_on_arrival must be true or false" }).optional(),
  // Null takes the whole price online; with pay_on_arrival it is refused by the workflow (depositProblems).
  deposit_percent: whole("deposit_percent", DEPOSIT_PERCENT_MIN, DEPOSIT_PERCENT_MAX).nullish(),
}

const ExperienceContent = z.object(experienceContent)

export const CreateExperience = ExperienceContent.extend({
  kind: oneOf("kind", EXPERIENCE_KINDS),
  province_code: provinceCode,
  commune_code: communeCode,
  participant_types: z
    .array(ParticipantType, { error: "participant_types must list who can book and their prices" })
    .min(1, "participant_types must have at least one type")
    .max(10, "participant_types must have at most 10 types"),
}).strict()
export type CreateExperienceType = z.infer<typeof CreateExperience>

const ParticipantTypeEdit = ParticipantType.omit({ kind: true })
  .partial()
  .extend({ id: z.string({ error: "id must name a participant type" }).min(1, "id must name a participant type") })
  .strict()

// Kind and place are fixed once the experience exists (a new kind is a new experience); so are the
// participant types' kinds: a host edits their names, ages and prices.
export const UpdateExperience = ExperienceContent.partial()
  .extend({
    participant_types: z
      .array(ParticipantTypeEdit, { error: "participant_types must be a list" })
      .max(10, "participant_types must have at most 10 types")
      .optional(),
  })
  .strict()
export type UpdateExperienceType = z.infer<typeof UpdateExperience>

const page = {
  limit: z.coerce
    .number({ error: "limit must be a number from 1 to 100" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(100, "limit must be at most 100")
    .default(20),
  offset: z.coerce
    .number({ error: "offset must be a number, 0 or more" })
    .int("offset must be a whole number")
    .min(0, "offset must be 0 or more")
    .default(0),
}

export const ListProducerExperiences = z
  .object({ status: oneOf("status", EXPERIENCE_STATUSES).optional(), ...page })
  .strict()
export type ListProducerExperiencesType = z.infer<typeof ListProducerExperiences>

const day = (field: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a day as YYYY-MM-DD`)

/** A host's sessions between two Vietnam days (up to a quarter at once). */
export const ListExperienceSessions = z.object({ from: day("from").optional(), to: day("to").optional() }).strict()
export type ListExperienceSessionsType = z.infer<typeof ListExperienceSessions>

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "times must be times as HH:MM")
const capacity = whole("capacity", 1, 10_000)

// The weekly rule's days and its size are checked by weeklySessions (@ocop/shared) in the workflow.
const WeeklyRuleBody = z
  .object({
    from: day("from"),
    to: day("to"),
    weekdays: z
      .array(whole("weekdays", 0, 6), { error: "weekdays must list days from 0 (Sunday) to 6" })
      .min(1, "weekdays must have at least one day")
      .max(7),
    times: z
      .array(time, { error: "times must list times as HH:MM" })
      .min(1, "times must have at least one time")
      .max(24, "times must have at most 24 times"),
    duration_minutes: whole("duration_minutes", 15, 14 * 24 * 60),
    capacity,
  })
  .strict()

const OneSession = z
  .object({
    starts_at: z.iso.datetime({ offset: true, error: "starts_at must be a date and time (ISO 8601)" }),
    ends_at: z.iso.datetime({ offset: true, error: "ends_at must be a date and time (ISO 8601)" }).nullish(),
    capacity,
  })
  .strict()

/** Either a weekly rule (at most MAX_GENERATED_SESSIONS sessions) or one session. */
export const GenerateExperienceSessions = z
  .object({ rule: WeeklyRuleBody.optional(), session: OneSession.optional() })
  .strict()
  .refine((body) => !!body.rule !== !!body.session, {
    message: `rule: give either a weekly rule (at most ${MAX_GENERATED_SESSIONS} sessions) or one session`,
    path: ["rule"],
  })
export type GenerateExperienceSessionsType = z.infer<typeof GenerateExperienceSessions>
