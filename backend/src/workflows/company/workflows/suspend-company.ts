import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeCompanyStatus, CompanyReviewInput } from "./change-company-status"

export const suspendCompanyWorkflowId = "suspend-company"

/** The office bars a verified company from wholesale prices and terms, with a reason; its staff leave the wholesale group. */
export const suspendCompanyWorkflow = createWorkflow(suspendCompanyWorkflowId, (input: CompanyReviewInput) => {
  return new WorkflowResponse(changeCompanyStatus(input, "suspend"))
})
