import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCompanyInviteStep } from "../steps/delete-company-invite"

export const withdrawCompanyInviteWorkflowId = "withdraw-company-invite"

/** A company admin withdraws an invitation not accepted yet: its link stops working. */
export const withdrawCompanyInviteWorkflow = createWorkflow(
  withdrawCompanyInviteWorkflowId,
  (input: { company_id: string; invite_id: string }) => new WorkflowResponse(deleteCompanyInviteStep(input))
)
