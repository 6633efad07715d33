import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePurchaseListStep } from "../steps/delete-purchase-list"

export const deletePurchaseListWorkflowId = "delete-purchase-list"

export const deletePurchaseListWorkflow = createWorkflow(deletePurchaseListWorkflowId, (id: string) => {
  return new WorkflowResponse(deletePurchaseListStep(id))
})
