/**
 * Community-tourism experiences (OCOP group VI): what a host offers, its sessions and their
 * bookings. Booking systems (OCTO, Bókun, FareHarbor) keep sessions as rows with a capacity and
 * bookings as holds against it; a product variant per date would not scale, so here every
 * participant type is one variant of the experience's product (its price) and a session is a row.
 * Times are instants; the calendar and the weekly rule read them in Vietnam (UTC+7).
 */
import { VIETNAM_OFFSET_MS } from "./vietnam-time"

export const EXPERIENCE_KINDS = ["village_visit", "homestay", "farm_tour", "craft_workshop", "cooking_class"] as const
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number]

/** A host's first listing waits for the office's review, as products do. */
export const EXPERIENCE_STATUSES = ["pending", "published", "rejected", "archived"] as const
export type ExperienceStatus = (typeof EXPERIENCE_STATUSES)[number]

export const CONFIRMATION_MODES = ["instant", "on_request"] as const
export type ConfirmationMode = (typeof CONFIRMATION_MODES)[number]

/** A room counts as one place of a homestay's night; a private group takes a whole session. */
export const PARTICIPANT_KINDS = ["adult", "child", "room", "group"] as const
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number]

export const SESSION_STATUSES = ["open", "closed", "cancelled"] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]

/**
 * A booking's life: `held` while it sits in a cart (its places are held for HOLD_MINUTES of cart
 * inactivity), `released` when that hold lapsed (the cart may take the places again if they are
 * still free), `requested` when the cart was paid for an on-request experience the host has not yet
 * accepted, `confirmed`, `checked_in` on arrival, `cancelled`.
 */
export const BOOKING_STATUSES = ["held", "released", "requested", "confirmed", "checked_in", "cancelled"] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

const BOOKING_TRANSITIONS: Record<BookingStatus, readonly BookingStatus[]> = {
  held: ["released", "requested", "confirmed", "cancelled"],
  released: ["held", "cancelled"],
  requested: ["confirmed", "cancelled"],
  confirmed: ["checked_in", "cancelled"],
  checked_in: [],
  cancelled: [],
}

/** Whether a booking in `from` may move to `to`: the one home of the booking's state machine. */
export const bookingCanMove = (from: BookingStatus, to: BookingStatus) => BOOKING_TRANSITIONS[from].includes(to)

/** The statuses whose places count against a session's capacity (a `held` one only until it lapses). */
export const BOOKING_STATUSES_TAKING_PLACES: readonly BookingStatus[] = ["held", "requested", "confirmed", "checked_in"]

export const HOLD_MINUTES = 15
/** A day is "few left" when its open sessions have fewer than this share of their places free. */
export const FEW_LEFT_SHARE = 0.2
/** A weekly rule may not generate more sessions than this in one go. */
export const MAX_GENERATED_SESSIONS = 1000
/** The longest range one calendar request covers. */
export const CALENDAR_MAX_DAYS = 62

const DAY_MS = 24 * 60 * 60 * 1000
const HOUR_MS = 60 * 60 * 1000

// ---------------------------------------------------------------------------------------------
// Cancellation policy

/** Until `days_before` days before the start, a cancelling buyer gets `refund_percent` back. */
export type CancellationTier = { days_before: number; refund_percent: number }

export const DEFAULT_CANCELLATION_POLICY: CancellationTier[] = [
  { days_before: 7, refund_percent: 100 },
  { days_before: 2, refund_percent: 50 },
]

/** What is wrong with a policy, each naming its field; empty when it is usable. */
export function cancellationPolicyProblems(policy: CancellationTier[], field = "cancellation_policy"): string[] {
  const problems: string[] = []
  policy.forEach((tier, index) => {
    if (!Number.isInteger(tier.days_before) || tier.days_before < 0 || tier.days_before > 365) {
      problems.push(`${field}[${index}].days_before: a whole number of days from 0 to 365`)
    }
    if (!Number.isInteger(tier.refund_percent) || tier.refund_percent < 0 || tier.refund_percent > 100) {
      problems.push(`${field}[${index}].refund_percent: a whole percentage from 0 to 100`)
    }
    const previous = policy[index - 1]
    if (previous && tier.days_before >= previous.days_before) {
      problems.push(`${field}[${index}].days_before: tiers go from the most days before the start to the fewest`)
    }
    if (previous && tier.refund_percent > previous.refund_percent) {
      problems.push(`${field}[${index}].refund_percent: a later cancellation cannot get more back`)
    }
  })
  return problems
}

/**
 * The share (0–100) of the price a buyer who cancels at `at` gets back for a session starting at
 * `startsAt`: the best tier whose deadline (`days_before` whole days before the start) is not past.
 * A cancellation exactly at a deadline still gets that tier.
 */
export function refundPercent(policy: CancellationTier[], startsAt: Date, at: Date): number {
  return policy.reduce((best, tier) => {
    const deadline = startsAt.getTime() - tier.days_before * DAY_MS
    return at.getTime() <= deadline ? Math.max(best, tier.refund_percent) : best
  }, 0)
}

/** The refund in đồng (whole VND, rounded down so the buyer is never promised more than was paid). */
export const refundAmount = (paid: number, policy: CancellationTier[], startsAt: Date, at: Date) =>
  Math.floor((paid * refundPercent(policy, startsAt, at)) / 100)

// ---------------------------------------------------------------------------------------------
// Deposits

/**
 * A host may take a deposit online (a whole percentage from 1 to 99 of each price) and the rest on
 * arrival; null means the buyer pays the whole price online. A deposit and "pay everything on
 * arrival" exclude each other: the guest would owe two different things at the door.
 */
export const DEPOSIT_PERCENT_MIN = 1
export const DEPOSIT_PERCENT_MAX = 99
/** Deposits are rounded up to whole thousands of đồng (what a VietQR transfer and a host's change handle). */
export const DEPOSIT_ROUNDING = 1000

/** The part of `unitPrice` paid online: `percent` of it rounded UP to DEPOSIT_ROUNDING, never above the price. */
export function depositOf(unitPrice: number, percent: number | null | undefined): number {
  if (percent === null || percent === undefined) return unitPrice
  const rounded = Math.ceil((unitPrice * percent) / (100 * DEPOSIT_ROUNDING)) * DEPOSIT_ROUNDING
  return Math.min(unitPrice, rounded)
}

/** What is left of `unitPrice` for the guest to pay the host on arrival (0 without a deposit). */
export const dueOnArrival = (unitPrice: number, percent: number | null | undefined) =>
  unitPrice - depositOf(unitPrice, percent)

/** A booking's money: the full `total`, the `deposit_total` paid online and the rest `due_on_arrival`. */
export type BookingMoney = { total: number; deposit_total: number; due_on_arrival: number }

/** The money of lines `{ unit_price, quantity }` (full unit prices) under a deposit of `percent`. */
export function bookingMoney(
  lines: { unit_price: number; quantity: number }[],
  percent: number | null | undefined
): BookingMoney {
  return lines.reduce(
    (money, line) => ({
      total: money.total + line.unit_price * line.quantity,
      deposit_total: money.deposit_total + depositOf(line.unit_price, percent) * line.quantity,
      due_on_arrival: money.due_on_arrival + dueOnArrival(line.unit_price, percent) * line.quantity,
    }),
    { total: 0, deposit_total: 0, due_on_arrival: 0 }
  )
}

/** What is wrong with an experience's deposit (1–99 %, not together with pay on arrival), naming the field. */
export function depositProblems(
  rules: { deposit_percent?: number | null; pay_on_arrival?: boolean },
  field = "deposit_percent"
): string[] {
  const percent = rules.deposit_percent
  if (percent === null || percent === undefined) return []
  if (!Number.isInteger(percent) || percent < DEPOSIT_PERCENT_MIN || percent > DEPOSIT_PERCENT_MAX) {
    return [`${field}: a whole percentage from ${DEPOSIT_PERCENT_MIN} to ${DEPOSIT_PERCENT_MAX}, or none`]
  }
  if (rules.pay_on_arrival) {
    return [`${field}: an experience paid on arrival takes no deposit; turn off pay_on_arrival or remove the deposit`]
  }
  return []
}

// ---------------------------------------------------------------------------------------------
// Participants

export type ParticipantRule = {
  id: string
  kind: ParticipantKind
  needs_adult: boolean
  /** Places one participant of this type takes (a private group takes the session's capacity). */
  seats: number
}

/** participant type id → how many */
export type ParticipantCounts = Record<string, number>

/** Places a booking takes in each of its sessions. */
export const seatsOf = (types: ParticipantRule[], counts: ParticipantCounts) =>
  types.reduce((sum, type) => sum + type.seats * (counts[type.id] ?? 0), 0)

/** What is wrong with a booking's participants, each naming its field; empty when they may book. */
export function participantProblems(
  types: ParticipantRule[],
  counts: ParticipantCounts,
  rules: { min_participants: number }
): string[] {
  const problems: string[] = []
  const known = new Map(types.map((type) => [type.id, type]))
  for (const [id, count] of Object.entries(counts)) {
    if (!known.has(id)) problems.push(`participants.${id}: not a participant type of this experience`)
    else if (!Number.isInteger(count) || count < 0 || count > 1000) {
      problems.push(`participants.${id}: a whole number from 0`)
    }
  }
  if (problems.length) return problems
  const people = types.reduce((sum, type) => sum + (type.kind === "group" ? 0 : (counts[type.id] ?? 0)), 0)
  const groups = types.reduce((sum, type) => sum + (type.kind === "group" ? (counts[type.id] ?? 0) : 0), 0)
  if (people + groups === 0) return ["participants: choose at least one participant"]
  if (groups === 0 && people < rules.min_participants) {
    problems.push(`participants: at least ${rules.min_participants} participants`)
  }
  const adults = types.filter((type) => type.kind === "adult").reduce((sum, type) => sum + (counts[type.id] ?? 0), 0)
  for (const type of types) {
    if (type.needs_adult && (counts[type.id] ?? 0) > 0 && adults === 0) {
      problems.push(`participants.${type.id}: needs an adult in the same booking`)
    }
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// Guests

/** A guest as the host must register them: Vietnamese guests by name and phone; foreign guests
 * also by nationality and passport (hosts declare them for temporary residence). */
export type BookingGuest = {
  name: string
  /** ISO 3166-1 alpha-2, "VN" for Vietnamese guests. */
  nationality: string
  phone?: string | null
  passport_number?: string | null
}

const PHONE = /^(\+84|0)\d{9,10}$/
const PASSPORT = /^[A-Z0-9]{6,12}$/
const COUNTRY = /^[A-Z]{2}$/

/** What is wrong with a booking's guest list, each naming its field. */
export function guestProblems(guests: BookingGuest[], field = "guests"): string[] {
  const problems: string[] = []
  if (!guests.length) return [`${field}: give at least the lead guest`]
  guests.forEach((guest, index) => {
    const at = `${field}[${index}]`
    if (!guest.name?.trim()) problems.push(`${at}.name: required`)
    if (!COUNTRY.test(guest.nationality ?? "")) problems.push(`${at}.nationality: a two-letter country code`)
    else if (guest.nationality === "VN") {
      if (!PHONE.test((guest.phone ?? "").replace(/[\s.]/g, "")))
        problems.push(`${at}.phone: a Vietnamese phone number`)
    } else if (!PASSPORT.test((guest.passport_number ?? "").toUpperCase())) {
      problems.push(`${at}.passport_number: required for a foreign guest (6–12 letters and digits)`)
    }
  })
  return problems
}

// ---------------------------------------------------------------------------------------------
// Sessions and the calendar

/** A session may be booked until `cutoff_hours` before it starts, while it is open. */
export const sessionBookable = (
  session: { starts_at: Date | string; status: SessionStatus },
  cutoffHours: number,
  now: Date
) => session.status === "open" && now.getTime() <= new Date(session.starts_at).getTime() - cutoffHours * HOUR_MS

export const DAY_STATUSES = ["available", "few_left", "sold_out", "closed"] as const
export type DayStatus = (typeof DAY_STATUSES)[number]

/** A day's status from its sessions (only the bookable ones count). */
export function dayStatus(sessions: { capacity: number; vacancies: number; bookable: boolean }[]): DayStatus {
  const bookable = sessions.filter((session) => session.bookable)
  if (!bookable.length) return "closed"
  const free = bookable.reduce((sum, session) => sum + Math.max(0, session.vacancies), 0)
  const capacity = bookable.reduce((sum, session) => sum + session.capacity, 0)
  if (free === 0) return "sold_out"
  return free < capacity * FEW_LEFT_SHARE ? "few_left" : "available"
}

/** A host's weekly schedule: on these weekdays (0 = Sunday) at these times (Vietnam), between two days. */
export type WeeklyRule = {
  from: string
  to: string
  weekdays: number[]
  times: string[]
  duration_minutes: number
  capacity: number
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

function utcMidnight(day: string): number | undefined {
  const match = DATE.exec(day)
  if (!match) return undefined
  const midnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return new Date(midnight).toISOString().slice(0, 10) === day ? midnight : undefined
}

/**
 * The sessions a weekly rule makes, or the problems with the rule (each naming its field): a rule
 * whose first session is not in the future, or that would make more than MAX_GENERATED_SESSIONS.
 */
export function weeklySessions(
  rule: WeeklyRule,
  now: Date,
  field = "rule"
): { sessions: { starts_at: Date; ends_at: Date }[]; problems: string[] } {
  const problems: string[] = []
  const from = utcMidnight(rule.from)
  const to = utcMidnight(rule.to)
  if (from === undefined) problems.push(`${field}.from: a day as YYYY-MM-DD`)
  if (to === undefined) problems.push(`${field}.to: a day as YYYY-MM-DD`)
  if (from !== undefined && to !== undefined && to < from) problems.push(`${field}.to: on or after from`)
  if (!rule.weekdays.length || rule.weekdays.some((day) => !Number.isInteger(day) || day < 0 || day > 6)) {
    problems.push(`${field}.weekdays: days of the week from 0 (Sunday) to 6`)
  }
  if (!rule.times.length || rule.times.some((time) => !TIME.test(time))) problems.push(`${field}.times: times as HH:MM`)
  if (!Number.isInteger(rule.duration_minutes) || rule.duration_minutes < 15 || rule.duration_minutes > 14 * 24 * 60) {
    problems.push(`${field}.duration_minutes: from 15 minutes to 14 days`)
  }
  if (!Number.isInteger(rule.capacity) || rule.capacity < 1 || rule.capacity > 10000) {
    problems.push(`${field}.capacity: a whole number from 1`)
  }
  if (problems.length) return { sessions: [], problems }

  const weekdays = new Set(rule.weekdays)
  const times = [...new Set(rule.times)].sort()
  const sessions: { starts_at: Date; ends_at: Date }[] = []
  for (let day = from!; day <= to!; day += DAY_MS) {
    if (!weekdays.has(new Date(day).getUTCDay())) continue
    for (const time of times) {
      const [hours, minutes] = time.split(":").map(Number)
      const startsAt = new Date(day + hours * HOUR_MS + minutes * 60_000 - VIETNAM_OFFSET_MS)
      sessions.push({ starts_at: startsAt, ends_at: new Date(startsAt.getTime() + rule.duration_minutes * 60_000) })
      if (sessions.length > MAX_GENERATED_SESSIONS) {
        return {
          sessions: [],
          problems: [`${field}: makes more than ${MAX_GENERATED_SESSIONS} sessions; shorten the range`],
        }
      }
    }
  }
  if (!sessions.length) return { sessions, problems: [`${field}: makes no session; check the weekdays and the range`] }
  if (sessions[0].starts_at.getTime() <= now.getTime()) {
    return { sessions: [], problems: [`${field}.from: sessions must start in the future`] }
  }
  return { sessions, problems }
}

// ---------------------------------------------------------------------------------------------
// HTTP response shapes

export type ExperienceParticipantTypeView = {
  id: string
  kind: ParticipantKind
  name_vi: string
  name_en: string | null
  min_age: number | null
  max_age: number | null
  needs_adult: boolean
  seats: number
  variant_id: string
  /** VND per participant (per room and night for a homestay), from the product's price. */
  price: number | null
}

export type ExperienceView = {
  id: string
  handle: string
  kind: ExperienceKind
  status: ExperienceStatus
  title_vi: string
  title_en: string | null
  description_vi: string
  description_en: string | null
  included_vi: string[]
  included_en: string[]
  excluded_vi: string[]
  excluded_en: string[]
  meeting_address: string
  meeting_lat: number | null
  meeting_lng: number | null
  province_code: string | null
  commune_code: string | null
  duration_minutes: number
  languages: string[]
  min_age: number | null
  cancellation_policy: CancellationTier[]
  cutoff_hours: number
  min_participants: number
  confirmation: ConfirmationMode
  pay_on_arrival: boolean
  /** The share (1–99 %) of each price paid online as a deposit, the rest on arrival; null: all online. */
  deposit_percent: number | null
  images: string[]
  product_id: string
  producer_id: string
  participant_types: ExperienceParticipantTypeView[]
}

/** One experience in a list (the tourism landing, a product page's "experiences" block). */
export type ExperienceSummary = {
  id: string
  handle: string
  kind: ExperienceKind
  title_vi: string
  title_en: string | null
  thumbnail: string | null
  /** The lowest participant price, VND. */
  price_from: number | null
  duration_minutes: number
  province_code: string | null
  commune_code: string | null
  former_district: string | null
  producer: { id: string; handle: string; name: string }
}

export type ExperienceSessionView = {
  id: string
  starts_at: string
  ends_at: string
  capacity: number
  vacancies: number
  status: SessionStatus
  bookable: boolean
}

export type ExperienceCalendarDay = { date: string; status: DayStatus; sessions: ExperienceSessionView[] }

export type BookingView = {
  id: string
  status: BookingStatus
  experience_id: string
  session_id: string
  starts_at: string
  ends_at: string
  nights: number
  participants: ParticipantCounts
  seats: number
  guests: BookingGuest[]
  /** When the places stop being held, for a booking still in a cart. */
  expires_at: string | null
  /** Shown only to the buyer and the host. */
  voucher_code: string | null
  /** The experience's policy as it was when booked: what a cancellation by the buyer gives back. */
  cancellation_policy: CancellationTier[]
  /** The booking's full price (VND). */
  total: number | null
  /** For a booking with a deposit: the part paid online at checkout (its cart lines); null when all is paid online. */
  deposit_total: number | null
  /** For a booking with a deposit: what the guest pays the host on arrival; null without a deposit. */
  due_on_arrival: number | null
  refund_amount: number | null
  cancelled_at: string | null
  checked_in_at: string | null
}

/**
 * A booking in its buyer's own list: also what was paid for it (of its deposit, if it has one), the
 * most a cancellation can give back.
 */
export type BuyerBookingView = BookingView & { paid: number }
