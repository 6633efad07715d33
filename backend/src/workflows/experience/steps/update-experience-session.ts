import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import type { SessionEdit } from "./validate-session-edit"

export const updateExperienceSessionStepId = "update-experience-session"

/** Sets a session's capacity or open/closed status; undone by writing back the old values. */
export const updateExperienceSessionStep = createStep(
  updateExperienceSessionStepId,
  async (edit: SessionEdit, { container }) => {
    const service = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const before = await service.retrieveExperienceSession(edit.id, { select: ["id", "capacity", "status"] })
    const updated = await service.updateExperienceSessions(edit)
    return new StepResponse(updated, { id: before.id, capacity: before.capacity, status: before.status })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).updateExperienceSessions(before)
  }
)
