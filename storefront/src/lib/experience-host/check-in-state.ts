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
  }
}

export const emptyCheckIn: CheckInState = { typed: "" }
