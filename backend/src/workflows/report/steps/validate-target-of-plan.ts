import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LoadedPlan } from "./load-plan"

export const validateTargetOfPlanStepId = "validate-target-of-plan"

/** The target must be one of the plan's: a target id of another plan is NOT_FOUND under this one. */
export const validateTargetOfPlanStep = createStep(
  validateTargetOfPlanStepId,
  async (input: { loaded: LoadedPlan; target_id: string }) => {
    const target = input.loaded.targets.find((candidate) => candidate.id === input.target_id)
    if (!target) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Target with target_id ${input.target_id} was not found in plan ${input.loaded.id}`
      )
    }
    return new StepResponse(target)
  }
)
