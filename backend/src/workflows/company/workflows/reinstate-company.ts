import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeCompanyStatus, CompanyReviewInput } from "./change-company-status"

export const reinstateCompanyWorkflowId = "reinstate-company"

/** The office lifts a suspension: the company is verified again and its staff rejoin the wholesale group. */
export const reinstateCompanyWorkflow = createWorkflow(reinstateCompanyWorkflowId, (input: CompanyReviewInput) => {
  return new WorkflowResponse(changeCompanyStatus(input, "reinstate"))
})
