import { FetchError } from "@medusajs/js-sdk"
import { errorCode, refusedField } from "../backend-error"

/** A refusal of a booking action, as a message key under `Experience.error`. */
export type BookingErrorKey =
  | "sessionFull"
  | "sessionNotBookable"
  | "participants"
  | "nights"
  | "session"
  | "guests"
  | "guestsMissing"
  | "unavailable"
  | "generic"

export type BookingActionState =
  { status: "idle" } | { status: "done" } | { status: "error"; error: BookingErrorKey; field?: string }

const KEY_OF_CODE: Record<string, BookingErrorKey> = {
  session_full: "sessionFull",
  session_not_bookable: "sessionNotBookable",
  booking_guests_missing: "guestsMissing",
}

// A 400 names its field first in the message ("participants.ptype_1: needs an adult"), or in `field`.
const fieldOf = (error: unknown) =>
  refusedField(error) ?? (error instanceof FetchError ? /^([\w.[\]]+):/.exec(error.message)?.[1] : undefined)

/** The message key for a refused booking request; the backend's own words go to the server log. */
export function bookingErrorState(error: unknown): BookingActionState {
  const code = errorCode(error)
  if (code && KEY_OF_CODE[code]) return { status: "error", error: KEY_OF_CODE[code] }
  if (!(error instanceof FetchError)) return { status: "error", error: "generic" }
  if (error.status === 404) return { status: "error", error: "unavailable" }
  if (error.status === 409) return { status: "error", error: "sessionFull" }
  if (error.status !== 400) return { status: "error", error: "generic" }
  const field = fieldOf(error)
  const root = field?.split(/[.[]/)[0]
  if (root === "participants" || root === "nights" || root === "guests" || root === "session") {
    return { status: "error", error: root, field }
  }
  if (root === "session_id") return { status: "error", error: "session", field }
  return { status: "error", error: "generic" }
}
