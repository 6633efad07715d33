import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PlanTargetDraft } from "../plan-drafts"
import { createPlanTargetsStep } from "../steps/create-plan-targets"
import { loadPlanStep } from "../steps/load-plan"
import { validatePlanStep } from "../steps/validate-plan"

export type AddPlanTargetInput = { plan_id: string; target: PlanTargetDraft }

export const addPlanTargetWorkflowId = "add-plan-target"

/** Adds one target to a plan, checked against the plan's period and province. */
export const addPlanTargetWorkflow = createWorkflow(addPlanTargetWorkflowId, (input: AddPlanTargetInput) => {
  const loaded = loadPlanStep(transform({ input }, ({ input }) => ({ id: input.plan_id })))
  const validated = validatePlanStep(
    transform({ input, loaded }, ({ input, loaded }) => ({
      plan: loaded.plan,
      targets: [{ field: "", target: input.target }],
    }))
  )
  const created = createPlanTargetsStep(
    transform({ loaded, validated }, ({ loaded, validated }) => ({ plan_id: loaded.id, targets: validated.targets }))
  )
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
