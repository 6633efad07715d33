import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePlanStep } from "../steps/delete-plan"
import { loadPlanStep } from "../steps/load-plan"

export const deletePlanWorkflowId = "delete-plan"

/** Removes a plan and its targets (soft: the compensation of a later step can bring them back). */
export const deletePlanWorkflow = createWorkflow(deletePlanWorkflowId, (input: { id: string }) => {
  const loaded = loadPlanStep(input)
  return new WorkflowResponse(deletePlanStep(transform({ loaded }, ({ loaded }) => ({ id: loaded.id }))))
})
