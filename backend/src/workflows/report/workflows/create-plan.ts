import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PlanDraft, PlanTargetDraft } from "../plan-drafts"
import { createPlanStep } from "../steps/create-plan"
import { createPlanTargetsStep } from "../steps/create-plan-targets"
import { validatePlanStep } from "../steps/validate-plan"

export type CreatePlanInput = PlanDraft & { targets?: PlanTargetDraft[] }

export const createPlanWorkflowId = "create-plan"

/** Records a provincial plan with its targets, all checked first: a bad target leaves no plan behind. */
export const createPlanWorkflow = createWorkflow(createPlanWorkflowId, (input: CreatePlanInput) => {
  const validated = validatePlanStep(
    transform({ input }, ({ input: { targets = [], ...plan } }) => ({
      plan,
      targets: targets.map((target, i) => ({ field: `targets.${i}.`, target })),
    }))
  )
  const plan = createPlanStep(transform({ validated }, ({ validated }) => validated.plan))
  createPlanTargetsStep(
    transform({ validated, plan }, ({ validated, plan }) => ({ plan_id: plan.id, targets: validated.targets }))
  )
  return new WorkflowResponse(plan)
})
