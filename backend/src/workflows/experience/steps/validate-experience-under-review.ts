import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ExperienceUnderReview = { id: string; status: string; producer: { status: string } | null }

export const validateExperienceUnderReviewStepId = "validate-experience-under-review"

/** Only a pending experience waits for the office; nothing goes on sale from a producer that may not sell. */
export const validateExperienceUnderReviewStep = createStep(
  validateExperienceUnderReviewStepId,
  async (input: { experience: ExperienceUnderReview; decision: "published" | "rejected" }) => {
    const { experience, decision } = input
    if (experience.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: the experience is ${experience.status}; only a pending experience can be reviewed`
      )
    }
    if (decision === "published" && experience.producer?.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `producer: the producer is ${experience.producer?.status}; only an active producer's experience can go on sale`
      )
    }
    return new StepResponse(undefined)
  }
)
