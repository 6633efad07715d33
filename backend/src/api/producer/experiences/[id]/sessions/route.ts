import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { startOfVietnamDay } from "@ocop/shared"
import { retrieveProducerExperience, toSessionView } from "../../../../../lib/host-experience-view"
import { EXPERIENCE_MODULE } from "../../../../../modules/experience"
import type ExperienceModuleService from "../../../../../modules/experience/service"
import { generateSessionsWorkflow } from "../../../../../workflows/experience/workflows/generate-sessions"
import { ProducerRequest } from "../../../producer-scope"
import { GenerateExperienceSessionsType, ListExperienceSessionsType } from "../../validators"

const DAY_MS = 24 * 60 * 60 * 1000
// A host's planning view: up to a quarter of sessions at once.
const MAX_RANGE_DAYS = 92

const vietnamMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`)

/** The experience's sessions starting between two Vietnam days (both included; default the next 31 days), with vacancies. */
export const GET = async (req: ProducerRequest<unknown, ListExperienceSessionsType>, res: MedusaResponse) => {
  const experience = await retrieveProducerExperience(req.scope, req.producer.producer_id, req.params.id)
  const { from, to } = req.validatedQuery as ListExperienceSessionsType
  const now = new Date()
  const start = from ? vietnamMidnight(from) : startOfVietnamDay(now)
  const end = to ? new Date(vietnamMidnight(to).getTime() + DAY_MS) : new Date(start.getTime() + 31 * DAY_MS)
  if (end.getTime() <= start.getTime()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "to: on or after from")
  if (end.getTime() - start.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `to: at most ${MAX_RANGE_DAYS} days after from`)
  }
  const sessions = await req.scope
    .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    .sessionsBetween(experience.id, start, end, now)
  res.json({ sessions: sessions.map((session) => toSessionView(session, experience.cutoff_hours, now)) })
}

/** New sessions from a weekly rule or one session; times the experience already has are left as they are. */
export const POST = async (req: ProducerRequest<GenerateExperienceSessionsType>, res: MedusaResponse) => {
  const experience = await retrieveProducerExperience(req.scope, req.producer.producer_id, req.params.id)
  const { result } = await generateSessionsWorkflow(req.scope).run({
    input: { ...req.validatedBody, experience_id: experience.id },
  })
  const now = new Date()
  const created = await req.scope.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).sessionVacancies(
    result.map((session) => session.id),
    now
  )
  res.status(201).json({
    sessions: created.map((session) => toSessionView(session, experience.cutoff_hours, now)),
    count: created.length,
  })
}
