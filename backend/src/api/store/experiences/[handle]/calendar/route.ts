import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import {
  dayStatus,
  endOfVietnamDay,
  sessionBookable,
  vietnamDate,
  type ExperienceCalendarDay,
  type ExperienceSessionView,
} from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../../../modules/experience"
import type ExperienceModuleService from "../../../../../modules/experience/service"
import { publishedExperience } from "../published-experience"
import type { StoreExperienceCalendarQuery } from "../../validators"

const DAY_MS = 24 * 60 * 60 * 1000

/** Each Vietnam day from `from` to `to`: its sessions with their vacancies, and the day's status. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { from, to } = req.validatedQuery as StoreExperienceCalendarQuery
  const experience = await publishedExperience(req.scope, req.params.handle)
  const now = new Date()
  const start = new Date(endOfVietnamDay(from)!.getTime() + 1 - DAY_MS)
  const end = new Date(endOfVietnamDay(to)!.getTime() + 1)
  const sessions = await req.scope
    .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    .sessionsBetween(experience.id, start, end, now)

  const byDay = new Map<string, ExperienceSessionView[]>()
  for (const session of sessions) {
    const day = vietnamDate(session.starts_at)
    byDay.set(day, [
      ...(byDay.get(day) ?? []),
      {
        id: session.id,
        starts_at: session.starts_at.toISOString(),
        ends_at: session.ends_at.toISOString(),
        capacity: session.capacity,
        vacancies: session.vacancies,
        status: session.status,
        bookable: sessionBookable(session, experience.cutoff_hours, now) && session.vacancies > 0,
      },
    ])
  }
  const days: ExperienceCalendarDay[] = []
  for (let at = start.getTime(); at < end.getTime(); at += DAY_MS) {
    const date = vietnamDate(new Date(at))
    const daySessions = byDay.get(date) ?? []
    days.push({
      date,
      status: dayStatus(
        daySessions.map((session) => ({
          capacity: session.capacity,
          vacancies: session.vacancies,
          bookable: sessionBookable(session, experience.cutoff_hours, now),
        }))
      ),
      sessions: daySessions,
    })
  }
  res.json({ days })
}
