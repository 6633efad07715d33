import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { weeklySessions, type WeeklyRule } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export type OneSessionInput = { starts_at: string; ends_at?: string | null; capacity: number }

export type PlanSessionsInput = {
  experience_id: string
  rule?: WeeklyRule
  session?: OneSessionInput
  duration_minutes: number
}

export type PlannedSession = { starts_at: Date; ends_at: Date; capacity: number }

export const planSessionsStepId = "plan-sessions"

/**
 * The sessions a weekly rule (or one given session) makes, all in the future, leaving out the
 * times the experience already has a session at: generating the same rule twice adds nothing.
 */
export const planSessionsStep = createStep(planSessionsStepId, async (input: PlanSessionsInput, { container }) => {
  const now = new Date()
  let planned: PlannedSession[]
  if (input.rule) {
    const { sessions, problems } = weeklySessions(input.rule, now)
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    planned = sessions.map((session) => ({ ...session, capacity: input.rule!.capacity }))
  } else {
    const { starts_at, ends_at, capacity } = input.session!
    const startsAt = new Date(starts_at)
    if (startsAt.getTime() <= now.getTime()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "session.starts_at: must be in the future")
    }
    const endsAt = ends_at ? new Date(ends_at) : new Date(startsAt.getTime() + input.duration_minutes * 60_000)
    if (endsAt.getTime() <= startsAt.getTime()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "session.ends_at: after starts_at")
    }
    planned = [{ starts_at: startsAt, ends_at: endsAt, capacity }]
  }
  const existing = await container
    .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    .listExperienceSessions(
      { experience_id: input.experience_id, starts_at: planned.map((session) => session.starts_at) },
      { select: ["starts_at"], take: null }
    )
  const taken = new Set(existing.map((session) => new Date(session.starts_at).getTime()))
  return new StepResponse(planned.filter((session) => !taken.has(session.starts_at.getTime())))
})
