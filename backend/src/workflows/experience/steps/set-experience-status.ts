import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ExperienceStatus } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const setExperienceStatusStepId = "set-experience-status"

/** The office's decision on an experience, with the reason the host reads; undone by restoring both. */
export const setExperienceStatusStep = createStep(
  setExperienceStatusStepId,
  async (input: { id: string; status: ExperienceStatus; reject_reason: string | null }, { container }) => {
    const service = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const before = await service.retrieveExperience(input.id, { select: ["id", "status", "reject_reason"] })
    const updated = await service.updateExperiences(input)
    return new StepResponse(
      { id: updated.id, updated_at: updated.updated_at },
      { id: before.id, status: before.status, reject_reason: before.reject_reason }
    )
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).updateExperiences(before)
  }
)
