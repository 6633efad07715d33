import {
  guestProblems,
  type BookingGuest,
  type ExperienceParticipantTypeView,
  type ParticipantCounts,
} from "@ocop/shared"

/** The most guest rows one booking's form holds. */
export const MAX_GUEST_ROWS = 50

/** A guest field's problem, as a message key under `Experience.guests.error`. */
export type GuestFieldError = "name" | "nationality" | "phone" | "passport"

export type GuestFormState = {
  status: "idle" | "saved" | "invalid" | "error"
  guests?: BookingGuest[]
  /** By input name (`guests[0].phone`). */
  errors?: Record<string, GuestFieldError>
}

const FIELD_KEYS: Record<string, GuestFieldError> = {
  name: "name",
  nationality: "nationality",
  phone: "phone",
  passport_number: "passport",
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()

/**
 * The guest rows a booking's form holds (`guests[i].name`, `.nationality`, `.phone`,
 * `.passport_number` for i below `count`), at their rows' places: null for a row left empty
 * (only the lead guest's row is required).
 */
export function guestRowsFromForm(formData: FormData, count: number): (BookingGuest | null)[] {
  return Array.from({ length: count }, (_, index) => {
    const at = (field: string) => text(formData, `guests[${index}].${field}`)
    const nationality = at("nationality").toUpperCase()
    const vietnamese = nationality === "VN"
    const guest = {
      name: at("name"),
      nationality,
      // Only what the host must register for that guest is sent: a phone for Vietnamese guests, a passport for others.
      phone: vietnamese ? at("phone").replace(/[\s.]/g, "") : null,
      passport_number: vietnamese ? null : at("passport_number").toUpperCase(),
    }
    return index === 0 || guest.name || guest.phone || guest.passport_number ? guest : null
  })
}

/** The guests to send: the rows filled in, in order. */
export const guestsOf = (rows: (BookingGuest | null)[]): BookingGuest[] =>
  rows.filter((guest): guest is BookingGuest => guest !== null)

/** Each problem of the rows by its input's name (`guests[2].phone`), checked with the rule the backend applies. */
export function guestFieldErrors(rows: (BookingGuest | null)[]): Record<string, GuestFieldError> {
  const errors: Record<string, GuestFieldError> = {}
  rows.forEach((guest, index) => {
    if (!guest) return
    for (const problem of guestProblems([guest], "row")) {
      const name = problem.slice("row[0].".length, problem.indexOf(":"))
      if (FIELD_KEYS[name]) errors[`guests[${index}].${name}`] = FIELD_KEYS[name]
    }
  })
  return errors
}

/**
 * How many guest rows a booking's form offers: one per person booked (adults and children; a room
 * or a private group does not say how many people), never fewer than the guests already given, at
 * least the lead guest, and at most MAX_GUEST_ROWS.
 */
export function guestRowCount(
  types: Pick<ExperienceParticipantTypeView, "id" | "kind">[],
  participants: ParticipantCounts,
  given: number
): number {
  const people = types
    .filter((type) => type.kind === "adult" || type.kind === "child")
    .reduce((sum, type) => sum + (participants[type.id] ?? 0), 0)
  return Math.min(MAX_GUEST_ROWS, Math.max(1, people, given))
}
