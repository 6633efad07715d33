import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeCompanyStatus, CompanyReviewInput } from "./change-company-status"

export const rejectCompanyWorkflowId = "reject-company"

/** The office turns a registration down with a reason; the company may correct its details, which registers it again. */
export const rejectCompanyWorkflow = createWorkflow(rejectCompanyWorkflowId, (input: CompanyReviewInput) => {
  return new WorkflowResponse(changeCompanyStatus(input, "reject"))
})
