import {
  cancellationPolicyProblems,
  CONFIRMATION_MODES,
  DEFAULT_CANCELLATION_POLICY,
  DEPOSIT_PERCENT_MAX,
  DEPOSIT_PERCENT_MIN,
  EXPERIENCE_KINDS,
  type CancellationTier,
  type ConfirmationMode,
  type ExperienceKind,
  type ExperienceView,
  type ParticipantKind,
} from "@ocop/shared"
import { parseVnd } from "../producer-portal/product-fields"
import type { HostFieldError } from "./host-form-state"

/*
 * The experience form as typed, and what the backend takes from it (POST /producer/experiences and
 * /producer/experiences/:id). Rows the host adds and removes (policy tiers, participant types) are
 * numbered once: `policy_rows` lists the row keys, each row's inputs are `policy_<key>_<field>`.
 */

/** The languages a host can say an experience is guided in (ISO 639-1), in the form's order. */
export const GUIDE_LANGUAGES = ["vi", "en", "fr", "zh", "ko", "ja"] as const

export const MAX_POLICY_TIERS = 10
export const MAX_PARTICIPANT_TYPES = 10

export type PolicyRow = { key: string; days_before: string; refund_percent: string }

export type ParticipantRow = {
  key: string
  /** Set for a type the experience already has (an edit); a new experience's rows have none. */
  id: string
  kind: string
  name_vi: string
  name_en: string
  min_age: string
  max_age: string
  needs_adult: boolean
  seats: string
  price: string
}

export type ExperienceFields = {
  kind: string
  title_vi: string
  title_en: string
  description_vi: string
  description_en: string
  included_vi: string
  included_en: string
  excluded_vi: string
  excluded_en: string
  meeting_address: string
  meeting_lat: string
  meeting_lng: string
  duration_minutes: string
  languages: string[]
  min_age: string
  cutoff_hours: string
  min_participants: string
  confirmation: string
  pay_on_arrival: boolean
  /** 1–99 as typed; empty for no deposit (everything paid online). */
  deposit_percent: string
  policy: PolicyRow[]
  participants: ParticipantRow[]
}

const TEXT_FIELDS = [
  "kind",
  "title_vi",
  "title_en",
  "description_vi",
  "description_en",
  "included_vi",
  "included_en",
  "excluded_vi",
  "excluded_en",
  "meeting_address",
  "meeting_lat",
  "meeting_lng",
  "duration_minutes",
  "min_age",
  "cutoff_hours",
  "min_participants",
  "confirmation",
  "deposit_percent",
] as const

const PARTICIPANT_TEXT = ["id", "kind", "name_vi", "name_en", "min_age", "max_age", "seats", "price"] as const

const rowKeys = (formData: FormData, name: string) =>
  String(formData.get(name) ?? "")
    .split(",")
    .map((key) => key.trim())
    .filter((key) => /^\d{1,3}$/.test(key))

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()

export function readExperienceFields(formData: FormData): ExperienceFields {
  const fields = Object.fromEntries(TEXT_FIELDS.map((name) => [name, text(formData, name)])) as Record<
    (typeof TEXT_FIELDS)[number],
    string
  >
  const policy = rowKeys(formData, "policy_rows")
    .map((key) => ({
      key,
      days_before: text(formData, `policy_${key}_days_before`),
      refund_percent: text(formData, `policy_${key}_refund_percent`),
    }))
    // A row left wholly empty is one the host did not need.
    .filter((row) => row.days_before || row.refund_percent)
  const participants = rowKeys(formData, "type_rows").map((key) => ({
    key,
    ...(Object.fromEntries(PARTICIPANT_TEXT.map((name) => [name, text(formData, `type_${key}_${name}`)])) as Record<
      (typeof PARTICIPANT_TEXT)[number],
      string
    >),
    needs_adult: formData.get(`type_${key}_needs_adult`) === "on",
  }))
  return {
    ...fields,
    languages: formData
      .getAll("languages")
      .map(String)
      .filter((language) => (GUIDE_LANGUAGES as readonly string[]).includes(language)),
    pay_on_arrival: formData.get("pay_on_arrival") === "on",
    policy,
    participants,
  }
}

/** A whole number from `min` to `max` as typed ("1.000" is a thousand); null when it is not one. */
export function parseWhole(value: string, min: number, max: number): number | null {
  const digits = value.replace(/[\s.]/g, "")
  if (!/^\d{1,7}$/.test(digits)) return null
  const number = Number(digits)
  return number >= min && number <= max ? number : null
}

/** A coordinate as typed, with a point or a comma: "21.3856", "21,3856"; null when it is not one. */
export function parseCoordinate(value: string, limit: number): number | null {
  const normalized = value.replace(",", ".")
  if (!/^-?\d{1,3}(\.\d{1,8})?$/.test(normalized)) return null
  const number = Number(normalized)
  return Math.abs(number) <= limit ? number : null
}

/** One item per line, as the "included" and "excluded" boxes are typed. */
export const listLines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.replace(/^[-•*]\s*/, "").trim())
    .filter(Boolean)

/** The participant kinds an experience of `kind` books: a homestay rooms or guests, the others people. */
export const participantKindsFor = (kind: string): ParticipantKind[] =>
  kind === "homestay" ? ["room", "adult", "child", "group"] : ["adult", "child", "group"]

// A share typed wrong becomes -1, which `cancellationPolicyProblems` refuses on its row.
const percentOf = (value: string) => (/^\d{1,3}$/.test(value) ? Number(value) : -1)

/** The policy rows as tiers, from the most days before the start to the fewest, with each row's key. */
export function policyTiers(rows: PolicyRow[]): { key: string; tier: CancellationTier }[] {
  return rows
    .map((row) => ({
      key: row.key,
      tier: { days_before: parseWhole(row.days_before, 0, 365) ?? -1, refund_percent: percentOf(row.refund_percent) },
    }))
    .sort((a, b) => b.tier.days_before - a.tier.days_before)
}

/** The problems `cancellationPolicyProblems` (@ocop/shared) finds, on the rows' own inputs. */
export function policyErrors(rows: PolicyRow[]): Record<string, HostFieldError> {
  const tiers = policyTiers(rows)
  const errors: Record<string, HostFieldError> = {}
  for (const problem of cancellationPolicyProblems(tiers.map(({ tier }) => tier))) {
    const match = /^cancellation_policy\[(\d+)\]\.(days_before|refund_percent)/.exec(problem)
    if (!match) continue
    const key = tiers[Number(match[1])].key
    errors[`policy_${key}_${match[2]}`] = match[2] === "days_before" ? "policyDays" : "policyPercent"
  }
  return errors
}

function participantErrors(rows: ParticipantRow[], kind: string): Record<string, HostFieldError> {
  const errors: Record<string, HostFieldError> = {}
  const allowed = participantKindsFor(kind)
  if (!rows.length) errors.type_rows = "required"
  // Children alone cannot book: someone who can (an adult, a room, a private group) must be offered.
  else if (!rows.some((row) => ["adult", "room", "group"].includes(row.kind))) errors.type_rows = "needsBookable"
  // A homestay is priced by the room or by the guest, never both (its capacity counts one or the other).
  const byRoom = kind === "homestay" && rows.some((row) => row.kind === "room")
  rows.forEach((row) => {
    const at = (field: string) => `type_${row.key}_${field}`
    if (!row.id && !allowed.includes(row.kind as ParticipantKind)) errors[at("kind")] = "required"
    else if (byRoom && (row.kind === "adult" || row.kind === "child")) errors[at("kind")] = "roomOrGuest"
    if (!row.name_vi) errors[at("name_vi")] = "required"
    else if (rows.some((other) => other.key !== row.key && other.name_vi === row.name_vi))
      errors[at("name_vi")] = "sameName"
    else if (row.name_vi.length > 60) errors[at("name_vi")] = "tooLong"
    if (row.name_en.length > 60) errors[at("name_en")] = "tooLong"
    if (parseVnd(row.price) === null) errors[at("price")] = "price"
    const min = row.min_age ? parseWhole(row.min_age, 0, 120) : undefined
    const max = row.max_age ? parseWhole(row.max_age, 0, 120) : undefined
    if (min === null) errors[at("min_age")] = "whole"
    if (max === null) errors[at("max_age")] = "whole"
    if (typeof min === "number" && typeof max === "number" && max < min) errors[at("max_age")] = "ages"
    if (row.kind === "group" && parseWhole(row.seats, 2, 500) === null) errors[at("seats")] = "groupSeats"
  })
  return errors
}

const LIMITS: [keyof ExperienceFields, number, number][] = [
  ["title_vi", 2, 200],
  ["title_en", 0, 200],
  ["description_vi", 1, 10_000],
  ["description_en", 0, 10_000],
  ["meeting_address", 3, 500],
]

/** What is wrong before anything is sent, keyed by the input's name. */
export function validateExperienceFields(fields: ExperienceFields): Record<string, HostFieldError> {
  const errors: Record<string, HostFieldError> = {}
  if (!EXPERIENCE_KINDS.includes(fields.kind as ExperienceKind)) errors.kind = "required"
  for (const [name, min, max] of LIMITS) {
    const value = fields[name] as string
    if (value.length < min) errors[name] = "required"
    else if (value.length > max) errors[name] = "tooLong"
  }
  for (const name of ["included_vi", "included_en", "excluded_vi", "excluded_en"] as const) {
    const lines = listLines(fields[name])
    if (lines.length > 30 || lines.some((line) => line.length > 200)) errors[name] = "tooLong"
  }
  if (fields.meeting_lat && parseCoordinate(fields.meeting_lat, 90) === null) errors.meeting_lat = "latitude"
  if (fields.meeting_lng && parseCoordinate(fields.meeting_lng, 180) === null) errors.meeting_lng = "longitude"
  if (!!fields.meeting_lat !== !!fields.meeting_lng)
    errors[fields.meeting_lat ? "meeting_lng" : "meeting_lat"] = "required"
  if (parseWhole(fields.duration_minutes, 15, 14 * 24 * 60) === null) errors.duration_minutes = "duration"
  if (fields.min_age && parseWhole(fields.min_age, 0, 120) === null) errors.min_age = "whole"
  if (parseWhole(fields.cutoff_hours, 0, 24 * 30) === null) errors.cutoff_hours = "whole"
  if (parseWhole(fields.min_participants, 1, 500) === null) errors.min_participants = "whole"
  if (!CONFIRMATION_MODES.includes(fields.confirmation as ConfirmationMode)) errors.confirmation = "required"
  // The rule of depositProblems (@ocop/shared), which the backend applies, on the form's own input.
  if (fields.deposit_percent) {
    if (parseWhole(fields.deposit_percent, DEPOSIT_PERCENT_MIN, DEPOSIT_PERCENT_MAX) === null)
      errors.deposit_percent = "deposit"
    else if (fields.pay_on_arrival) errors.deposit_percent = "depositOnArrival"
  }
  return { ...errors, ...policyErrors(fields.policy), ...participantErrors(fields.participants, fields.kind) }
}

const orNull = (value: string) => value || null
const numberOrNull = (value: string, max: number) => (value ? parseWhole(value, 0, max) : null)

/** The fields both creating and editing send; call only after `validateExperienceFields` found nothing. */
function contentBody(fields: ExperienceFields) {
  return {
    title_vi: fields.title_vi,
    title_en: orNull(fields.title_en),
    description_vi: fields.description_vi,
    description_en: orNull(fields.description_en),
    included_vi: listLines(fields.included_vi),
    included_en: listLines(fields.included_en),
    excluded_vi: listLines(fields.excluded_vi),
    excluded_en: listLines(fields.excluded_en),
    meeting_address: fields.meeting_address,
    meeting_lat: fields.meeting_lat ? parseCoordinate(fields.meeting_lat, 90) : null,
    meeting_lng: fields.meeting_lng ? parseCoordinate(fields.meeting_lng, 180) : null,
    duration_minutes: parseWhole(fields.duration_minutes, 15, 14 * 24 * 60)!,
    languages: fields.languages,
    min_age: numberOrNull(fields.min_age, 120),
    cancellation_policy: policyTiers(fields.policy)
      .slice(0, MAX_POLICY_TIERS)
      .map(({ tier }) => tier),
    cutoff_hours: parseWhole(fields.cutoff_hours, 0, 24 * 30)!,
    min_participants: parseWhole(fields.min_participants, 1, 500)!,
    confirmation: fields.confirmation as ConfirmationMode,
    pay_on_arrival: fields.pay_on_arrival,
    deposit_percent: fields.deposit_percent
      ? parseWhole(fields.deposit_percent, DEPOSIT_PERCENT_MIN, DEPOSIT_PERCENT_MAX)
      : null,
  }
}

function participantBody(row: ParticipantRow) {
  return {
    name_vi: row.name_vi,
    name_en: orNull(row.name_en),
    min_age: numberOrNull(row.min_age, 120),
    max_age: numberOrNull(row.max_age, 120),
    // Only a child can need an adult; only a private group takes more than one place.
    needs_adult: row.kind === "child" && row.needs_adult,
    seats: row.kind === "group" ? parseWhole(row.seats, 2, 500)! : 1,
    price: parseVnd(row.price)!,
  }
}

/** POST /producer/experiences: the experience is placed in the host's own commune. */
export function createExperienceBody(fields: ExperienceFields, place: { province_code: string; commune_code: string }) {
  return {
    kind: fields.kind as ExperienceKind,
    ...place,
    ...contentBody(fields),
    participant_types: fields.participants
      .slice(0, MAX_PARTICIPANT_TYPES)
      .map((row) => ({ kind: row.kind as ParticipantKind, ...participantBody(row) })),
  }
}

/** POST /producer/experiences/:id: kinds are fixed once made, so the types are edited by id. */
export function updateExperienceBody(fields: ExperienceFields) {
  return {
    ...contentBody(fields),
    participant_types: fields.participants
      .filter((row) => row.id)
      .map((row) => ({ id: row.id, ...participantBody(row) })),
  }
}

/** What the form shows: after a refused submit what was typed, at first the experience (or a new one's defaults). */
export function shownExperience(fields: ExperienceFields): Record<string, string> {
  const { policy, participants, languages, pay_on_arrival, ...content } = fields
  const shown: Record<string, string> = {
    ...content,
    languages: languages.join(","),
    pay_on_arrival: pay_on_arrival ? "on" : "",
    policy_rows: policy.map((row) => row.key).join(","),
    type_rows: participants.map((row) => row.key).join(","),
  }
  for (const row of policy) {
    shown[`policy_${row.key}_days_before`] = row.days_before
    shown[`policy_${row.key}_refund_percent`] = row.refund_percent
  }
  for (const { key, needs_adult, ...row } of participants) {
    for (const [name, value] of Object.entries(row)) shown[`type_${key}_${name}`] = value
    shown[`type_${key}_needs_adult`] = needs_adult ? "on" : ""
  }
  return shown
}

const lines = (items: string[]) => items.join("\n")
const numberText = (value: number | null) => (value === null ? "" : String(value))

/** The form's first values for an experience being edited. */
export function experienceFields(experience: ExperienceView): ExperienceFields {
  return {
    kind: experience.kind,
    title_vi: experience.title_vi,
    title_en: experience.title_en ?? "",
    description_vi: experience.description_vi,
    description_en: experience.description_en ?? "",
    included_vi: lines(experience.included_vi),
    included_en: lines(experience.included_en),
    excluded_vi: lines(experience.excluded_vi),
    excluded_en: lines(experience.excluded_en),
    meeting_address: experience.meeting_address,
    meeting_lat: numberText(experience.meeting_lat),
    meeting_lng: numberText(experience.meeting_lng),
    duration_minutes: String(experience.duration_minutes),
    languages: experience.languages,
    min_age: numberText(experience.min_age),
    cutoff_hours: String(experience.cutoff_hours),
    min_participants: String(experience.min_participants),
    confirmation: experience.confirmation,
    pay_on_arrival: experience.pay_on_arrival,
    deposit_percent: numberText(experience.deposit_percent ?? null),
    policy: experience.cancellation_policy.map((tier, index) => ({
      key: String(index),
      days_before: String(tier.days_before),
      refund_percent: String(tier.refund_percent),
    })),
    participants: experience.participant_types.map((type, index) => ({
      key: String(index),
      id: type.id,
      kind: type.kind,
      name_vi: type.name_vi,
      name_en: type.name_en ?? "",
      min_age: numberText(type.min_age),
      max_age: numberText(type.max_age),
      needs_adult: type.needs_adult,
      seats: String(type.seats),
      price: numberText(type.price),
    })),
  }
}

/** A new experience's first values: a village visit with one participant type, the marketplace's default policy. */
export const NEW_EXPERIENCE: ExperienceFields = {
  kind: "village_visit",
  title_vi: "",
  title_en: "",
  description_vi: "",
  description_en: "",
  included_vi: "",
  included_en: "",
  excluded_vi: "",
  excluded_en: "",
  meeting_address: "",
  meeting_lat: "",
  meeting_lng: "",
  duration_minutes: "180",
  languages: ["vi"],
  min_age: "",
  cutoff_hours: "24",
  min_participants: "1",
  confirmation: "instant",
  pay_on_arrival: false,
  deposit_percent: "",
  policy: DEFAULT_CANCELLATION_POLICY.map((tier, index) => ({
    key: String(index),
    days_before: String(tier.days_before),
    refund_percent: String(tier.refund_percent),
  })),
  participants: [
    {
      key: "0",
      id: "",
      kind: "adult",
      name_vi: "",
      name_en: "",
      min_age: "",
      max_age: "",
      needs_adult: false,
      seats: "1",
      price: "",
    },
  ],
}
