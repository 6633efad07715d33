import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@mikro-orm/postgresql"
import { Booking } from "./models/booking"
import { BookingHold } from "./models/booking-hold"
import { Experience } from "./models/experience"
import { ExperienceSession } from "./models/experience-session"
import { ParticipantType } from "./models/participant-type"

export type SessionVacancy = {
  id: string
  experience_id: string
  starts_at: Date
  ends_at: Date
  capacity: number
  status: "open" | "closed" | "cancelled"
  /** Capacity minus the seats of holds that have not lapsed at `now` (never below zero). */
  vacancies: number
  /** Seats of holds that have not lapsed: what a new capacity may not go below. */
  taken: number
}

export type SessionEditState = { id: string; capacity: number; status: SessionVacancy["status"] }

const SESSION_COLUMNS = `s.id, s.experience_id, s.starts_at, s.ends_at, s.capacity, s.status,
  coalesce(sum(h.seats) filter (where h.expires_at is null or h.expires_at > ?), 0)::int as taken`

/**
 * Open sessions past their cut-off, not yet started, whose booked places are fewer than their
 * experience's minimum (parameters: now, now, now, now). A session past its cut-off starts before
 * now + the longest cut-off of any experience: that bound, with `starts_at > now`, lets the scan read
 * only the next days of the open sessions' index (IDX_experience_session_open_starts_at), however
 * many sessions the past and the coming months hold.
 */
export const SESSIONS_BELOW_MINIMUM_SQL = `select s.id
     from experience_session s
     join experience e on e.id = s.experience_id and e.deleted_at is null
     left join booking_hold h on h.session_id = s.id and h.deleted_at is null
          and (h.expires_at is null or h.expires_at > ?)
    where s.deleted_at is null and s.status = 'open' and e.min_participants > 1
      and s.starts_at > ?
      and s.starts_at <= ?::timestamptz + make_interval(hours => (
            select coalesce(max(cutoff_hours), 0) from experience where deleted_at is null))
      and s.starts_at - make_interval(hours => e.cutoff_hours) <= ?
    group by s.id, e.min_participants
   having coalesce(sum(h.seats), 0) between 1 and e.min_participants - 1`

const toVacancy = (row: Omit<SessionVacancy, "vacancies">): SessionVacancy => ({
  ...row,
  starts_at: new Date(row.starts_at),
  ends_at: new Date(row.ends_at),
  vacancies: Math.max(0, row.capacity - row.taken),
})

export default class ExperienceModuleService extends MedusaService({
  Experience,
  ParticipantType,
  ExperienceSession,
  Booking,
  BookingHold,
}) {
  /** The named sessions with their vacancies at `now`, in one aggregate over their holds. */
  @InjectManager()
  async sessionVacancies(
    sessionIds: string[],
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SessionVacancy[]> {
    if (!sessionIds.length) return []
    const manager = sharedContext.manager as SqlEntityManager
    const rows: Omit<SessionVacancy, "vacancies">[] = await manager.execute(
      `select ${SESSION_COLUMNS}
         from experience_session s
         left join booking_hold h on h.session_id = s.id and h.deleted_at is null
        where s.deleted_at is null and s.id in (${sessionIds.map(() => "?").join(", ")})
        group by s.id
        order by s.starts_at`,
      [now, ...sessionIds]
    )
    return rows.map(toVacancy)
  }

  /** An experience's sessions starting in [from, to), with their vacancies at `now`. */
  @InjectManager()
  async sessionsBetween(
    experienceId: string,
    from: Date,
    to: Date,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SessionVacancy[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: Omit<SessionVacancy, "vacancies">[] = await manager.execute(
      `select ${SESSION_COLUMNS}
         from experience_session s
         left join booking_hold h on h.session_id = s.id and h.deleted_at is null
        where s.deleted_at is null and s.experience_id = ? and s.starts_at >= ? and s.starts_at < ?
        group by s.id
        order by s.starts_at`,
      [now, experienceId, from, to]
    )
    return rows.map(toVacancy)
  }

  /**
   * Open sessions past their cut-off, not yet started, whose booked places are fewer than their
   * experience's minimum to run (sessions nobody booked are left alone: there is no one to tell).
   */
  @InjectManager()
  async sessionsBelowMinimum(now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: { id: string }[] = await manager.execute(SESSIONS_BELOW_MINIMUM_SQL, [now, now, now, now])
    return rows.map((row) => row.id)
  }

  /**
   * Marks a confirmed booking arrived, in one conditional update: of two scans of the same voucher
   * at once, exactly one finds it still `confirmed`. False when it was not (any more) confirmed.
   */
  @InjectManager()
  async checkInBooking(id: string, at: Date, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: { id: string }[] = await manager.execute(
      `update booking set status = 'checked_in', checked_in_at = ?, updated_at = now()
        where id = ? and status = 'confirmed' and deleted_at is null
        returning id`,
      [at, id]
    )
    return rows.length === 1
  }

  /**
   * A host's edit of a session (capacity, open/closed), checked and written with the session's row
   * locked: a hold placed meanwhile waits, so the capacity never goes below the places it takes.
   * Nothing is written to a cancelled session or below `taken`; `before` is what an undo writes back.
   */
  @InjectTransactionManager()
  async editSessionWithinTaken(
    edit: { id: string; capacity?: number; status?: "open" | "closed" },
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ before: SessionEditState; taken: number; written: boolean }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [before]: SessionEditState[] = await manager.execute(
      `select id, capacity, status from experience_session where id = ? and deleted_at is null for update`,
      [edit.id]
    )
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `session: no session with id ${edit.id}`)
    const [{ taken }]: { taken: number }[] = await manager.execute(
      `select coalesce(sum(seats) filter (where expires_at is null or expires_at > ?), 0)::int as taken
         from booking_hold where session_id = ? and deleted_at is null`,
      [now, edit.id]
    )
    if (before.status === "cancelled" || (edit.capacity !== undefined && edit.capacity < taken)) {
      return { before, taken, written: false }
    }
    await manager.execute(`update experience_session set capacity = ?, status = ?, updated_at = now() where id = ?`, [
      edit.capacity ?? before.capacity,
      edit.status ?? before.status,
      edit.id,
    ])
    return { before, taken, written: true }
  }
}
