import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { wholesaleGroupIdOf } from "../../../lib/buyer-company"

export const findWholesaleGroupStepId = "find-wholesale-group"

/** The customer group whose members get wholesale prices (the store setup makes it). */
export const findWholesaleGroupStep = createStep(findWholesaleGroupStepId, async (_input: void, { container }) => {
  return new StepResponse(await wholesaleGroupIdOf(container))
})
