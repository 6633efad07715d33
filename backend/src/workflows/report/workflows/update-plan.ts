import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PlanDraft } from "../plan-drafts"
import { loadPlanStep } from "../steps/load-plan"
import { updatePlanStep } from "../steps/update-plan"
import { validatePlanStep } from "../steps/validate-plan"

export type UpdatePlanInput = { id: string } & Partial<PlanDraft>

export const updatePlanWorkflowId = "update-plan"

/**
 * Edits a plan. Its targets are checked again with it: a new period or province must still hold
 * every target's deadline and scope.
 */
export const updatePlanWorkflow = createWorkflow(updatePlanWorkflowId, (input: UpdatePlanInput) => {
  const loaded = loadPlanStep(transform({ input }, ({ input }) => ({ id: input.id })))
  const validated = validatePlanStep(
    transform({ input, loaded }, ({ input: { id, ...changes }, loaded }) => ({
      plan: { ...loaded.plan, ...changes },
      targets: loaded.targets.map((target) => ({ field: `targets(${target.id}).`, target })),
    }))
  )
  return new WorkflowResponse(
    updatePlanStep(transform({ input, validated }, ({ input, validated }) => ({ ...validated.plan, id: input.id })))
  )
})
