import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { HOLD_MINUTES } from "@ocop/shared"
import { ERROR_CODES } from "../../lib/error-codes"
import { EXPERIENCE_MODULE } from "../../modules/experience"
import type ExperienceModuleService from "../../modules/experience/service"

const LOCK_WAIT_SECONDS = 10
const LOCK_TIMEOUT = /timed-out acquiring lock/i

/** How long a cart's hold lasts from `now` when nothing happens in the cart. */
export const holdExpiry = (now: Date) => new Date(now.getTime() + HOLD_MINUTES * 60_000)

/**
 * Runs `take` while holding the lock of every session named, so no other booking counts or takes
 * their places meanwhile. Keys are sorted: two homestay stays sharing nights lock in the same order
 * and cannot deadlock.
 */
export async function withSessionLocks<T>(container: MedusaContainer, sessionIds: string[], take: () => Promise<T>) {
  const keys = [...new Set(sessionIds)].sort().map((id) => `experience-session:${id}`)
  try {
    return await container.resolve(Modules.LOCKING).execute(keys, take, { timeout: LOCK_WAIT_SECONDS })
  } catch (error) {
    // Nothing was held: the buyer may simply try again (the lock's own words would be a 500).
    if (!LOCK_TIMEOUT.test((error as Error).message ?? "")) throw error
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `session_id: many buyers are booking this session at once; nothing was held, try again in a few seconds`
    )
  }
}

/** Refuses (409) unless every session has `seats` places free at `now`; call it under the sessions' locks. */
export async function assertPlacesFree(container: MedusaContainer, sessionIds: string[], seats: number, now: Date) {
  const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const vacancies = await experiences.sessionVacancies(sessionIds, now)
  const full = vacancies.find((session) => session.vacancies < seats)
  if (full || vacancies.length !== new Set(sessionIds).size) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `session_id: only ${full?.vacancies ?? 0} place(s) left in session ${full?.id ?? sessionIds[0]}, ${seats} wanted`,
      ERROR_CODES.sessionFull
    )
  }
}
