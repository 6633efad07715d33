import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePlanTargetStep } from "../steps/delete-plan-target"
import { loadPlanStep } from "../steps/load-plan"
import { validateTargetOfPlanStep } from "../steps/validate-target-of-plan"

export const removePlanTargetWorkflowId = "remove-plan-target"

/** Takes one target out of a plan. */
export const removePlanTargetWorkflow = createWorkflow(
  removePlanTargetWorkflowId,
  (input: { plan_id: string; id: string }) => {
    const loaded = loadPlanStep(transform({ input }, ({ input }) => ({ id: input.plan_id })))
    const target = validateTargetOfPlanStep(
      transform({ input, loaded }, ({ input, loaded }) => ({ loaded, target_id: input.id }))
    )
    return new WorkflowResponse(deletePlanTargetStep(transform({ target }, ({ target }) => ({ id: target.id }))))
  }
)
