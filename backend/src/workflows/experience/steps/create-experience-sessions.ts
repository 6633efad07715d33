import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import type { PlannedSession } from "./plan-sessions"

export const createExperienceSessionsStepId = "create-experience-sessions"

/** Creates the planned sessions in one insert (a year of daily sessions is one statement); undone by deleting them. */
export const createExperienceSessionsStep = createStep(
  createExperienceSessionsStepId,
  async (input: { experience_id: string; sessions: PlannedSession[] }, { container }) => {
    if (!input.sessions.length) return new StepResponse([] as { id: string }[], [] as string[])
    const created = await container
      .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
      .createExperienceSessions(
        input.sessions.map((session) => ({ ...session, experience_id: input.experience_id, status: "open" as const }))
      )
    const ids = created.map((session) => session.id)
    return new StepResponse(
      ids.map((id) => ({ id })),
      ids
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).deleteExperienceSessions(ids)
  }
)
