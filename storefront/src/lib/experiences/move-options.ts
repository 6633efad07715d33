import type { ExperienceCalendarDay } from "@ocop/shared"

export type MoveOption = { id: string; starts_at: string; vacancies: number }

/**
 * The sessions a booking may move to: bookable ones of its experience, other than its own, with
 * room for all its places (the backend checks again under the session's lock, and a homestay's
 * following nights too).
 */
export function moveOptions(
  calendar: ExperienceCalendarDay[],
  booking: { session_id: string; seats: number }
): MoveOption[] {
  return calendar.flatMap((day) =>
    day.sessions
      .filter((session) => session.bookable && session.id !== booking.session_id && session.vacancies >= booking.seats)
      .map((session) => ({ id: session.id, starts_at: session.starts_at, vacancies: session.vacancies }))
  )
}
