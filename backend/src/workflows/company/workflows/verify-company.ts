import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeCompanyStatus, CompanyReviewInput } from "./change-company-status"

export const verifyCompanyWorkflowId = "verify-company"

/** The office verifies a pending registration: its staff join the wholesale customer group and buy at wholesale prices. */
export const verifyCompanyWorkflow = createWorkflow(verifyCompanyWorkflowId, (input: CompanyReviewInput) => {
  return new WorkflowResponse(changeCompanyStatus(input, "verify"))
})
