/** The portal's view of the backend's `/producer/experiences`, `/producer/experience-sessions` and `/producer/bookings` answers. */
import type { BookingView, ExperienceSessionView, ExperienceView } from "@ocop/shared"

/** An experience as its host sees it: the office's reason when it was rejected. */
export type HostExperience = ExperienceView & { reject_reason: string | null }

/** A session as its host sees it: the calendar's view plus the places taken. */
export type HostSession = ExperienceSessionView & { taken: number }

/** GET /producer/experience-sessions/:id/bookings */
export type SessionGuestList = { session: HostSession; bookings: BookingView[] }

/** GET /producer/experience-sessions/:id */
export type HostSessionDetail = { session: HostSession; experience: { id: string; title_vi: string } }
