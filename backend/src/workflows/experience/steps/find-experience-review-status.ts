import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ExperienceStatus } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const findExperienceReviewStatusStepId = "find-experience-review-status"

/**
 * A host's first experience waits for the office (`pending`), as a first listing does; once the office
 * has published one of its experiences, the next ones go on sale at once.
 */
export const findExperienceReviewStatusStep = createStep(
  findExperienceReviewStatusStepId,
  async (producerId: string, { container }) => {
    const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const [, published] = await experiences.listAndCountExperiences(
      { producer_id: producerId, status: "published" },
      { take: 1, select: ["id"] }
    )
    return new StepResponse<ExperienceStatus>(published > 0 ? "published" : "pending")
  }
)
