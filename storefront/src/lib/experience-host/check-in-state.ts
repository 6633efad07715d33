import type { CheckInAnswer } from "./check-in"

/** What the check-in page shows after a code was sent: the answer, and for a check-in who arrived. */
export type CheckInState = {
  /** The code as typed, kept in the box when it was refused. */
  typed: string
  answer?: CheckInAnswer
  checkedIn?: {
    guest: string | null
    starts_at: string
    title_vi: string | null
    title_en: string | null
    participants: { name_vi: string | null; name_en: string | null; count: number }[]
    /** A deposit booking's rest, for the host to take now; null when nothing is due. */
    due_on_arrival: number | null
  }
}

export const emptyCheckIn: CheckInState = { typed: "" }
