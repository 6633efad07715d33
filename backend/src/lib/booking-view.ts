import { MedusaContainer } from "@medusajs/framework/types"
import type {
  BookingGuest,
  BookingStatus,
  BookingView,
  CancellationTier,
  ExperienceKind,
  ParticipantCounts,
} from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../modules/experience"
import type ExperienceModuleService from "../modules/experience/service"

export type BookingWithExperience = BookingView & {
  experience: { handle: string; title_vi: string; title_en: string | null; kind: ExperienceKind }
}

export type BookingRow = {
  id: string
  status: BookingStatus
  experience_id: string
  session_id: string
  starts_at: Date | string
  ends_at: Date | string
  nights: number
  participants: ParticipantCounts
  seats: number
  guests: BookingGuest[] | null
  voucher_code: string | null
  cancellation_policy: CancellationTier[]
  total: unknown
  deposit_total?: unknown
  due_on_arrival?: unknown
  refund_amount: unknown
  cancelled_at: Date | string | null
  checked_in_at: Date | string | null
  holds?: { expires_at: Date | string | null }[] | null
}

type BookingRowWithExperience = BookingRow & {
  experience: { id: string; handle: string; title_vi: string; title_en: string | null; kind: ExperienceKind }
}

const iso = (at: Date | string | null | undefined) => (at ? new Date(at).toISOString() : null)
const amount = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/** A held booking's places last until its earliest hold lapses; a paid one's do not lapse. */
const expiresAt = (row: BookingRow) => {
  const times = (row.holds ?? []).flatMap((hold) => (hold.expires_at ? [new Date(hold.expires_at).getTime()] : []))
  return times.length ? new Date(Math.min(...times)).toISOString() : null
}

/** A booking as its buyer and its host see it (the voucher code is theirs only). */
export function toBookingView(row: BookingRow): BookingView {
  return {
    id: row.id,
    status: row.status,
    experience_id: row.experience_id,
    session_id: row.session_id,
    starts_at: iso(row.starts_at)!,
    ends_at: iso(row.ends_at)!,
    nights: row.nights,
    participants: row.participants,
    seats: row.seats,
    guests: row.guests ?? [],
    expires_at: row.status === "held" ? expiresAt(row) : null,
    voucher_code: row.voucher_code,
    cancellation_policy: row.cancellation_policy,
    total: amount(row.total),
    deposit_total: amount(row.deposit_total),
    due_on_arrival: amount(row.due_on_arrival),
    refund_amount: amount(row.refund_amount),
    cancelled_at: iso(row.cancelled_at),
    checked_in_at: iso(row.checked_in_at),
  }
}

/** A booking with enough of its experience to name it (the cart, My bookings). */
export function bookingView(row: BookingRowWithExperience): BookingWithExperience {
  return {
    ...toBookingView(row),
    experience: {
      handle: row.experience.handle,
      title_vi: row.experience.title_vi,
      title_en: row.experience.title_en,
      kind: row.experience.kind,
    },
  }
}

/** The bookings matching `filters` as the buyer sees them, soonest first. */
export async function listBookingViews(
  container: MedusaContainer,
  filters: { cart_id?: string; customer_id?: string; id?: string | string[] }
): Promise<BookingWithExperience[]> {
  const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const rows = await experiences.listBookings(filters, {
    relations: ["experience", "holds"],
    order: { starts_at: "ASC" },
    take: null,
  })
  return (rows as unknown as BookingRowWithExperience[]).map(bookingView)
}
