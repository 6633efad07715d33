import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PlanTargetDraft } from "../plan-drafts"
import { loadPlanStep } from "../steps/load-plan"
import { updatePlanTargetStep } from "../steps/update-plan-target"
import { validatePlanStep } from "../steps/validate-plan"
import { validateTargetOfPlanStep } from "../steps/validate-target-of-plan"

export type UpdatePlanTargetInput = { plan_id: string; id: string; changes: Partial<PlanTargetDraft> }

export const updatePlanTargetWorkflowId = "update-plan-target"

/** Edits one target of a plan; the target with its changes is checked as a whole. */
export const updatePlanTargetWorkflow = createWorkflow(updatePlanTargetWorkflowId, (input: UpdatePlanTargetInput) => {
  const loaded = loadPlanStep(transform({ input }, ({ input }) => ({ id: input.plan_id })))
  const existing = validateTargetOfPlanStep(
    transform({ input, loaded }, ({ input, loaded }) => ({ loaded, target_id: input.id }))
  )
  const validated = validatePlanStep(
    transform({ input, loaded, existing }, ({ input, loaded, existing }) => ({
      plan: loaded.plan,
      targets: [{ field: "", target: { ...existing, ...input.changes } }],
    }))
  )
  return new WorkflowResponse(
    updatePlanTargetStep(
      transform({ input, validated }, ({ input, validated }) => ({ ...validated.targets[0], id: input.id }))
    )
  )
})
