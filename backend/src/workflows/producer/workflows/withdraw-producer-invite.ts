import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProducerInviteStep } from "../steps/delete-producer-invite"

export const withdrawProducerInviteWorkflowId = "withdraw-producer-invite"

export const withdrawProducerInviteWorkflow = createWorkflow(
  withdrawProducerInviteWorkflowId,
  (input: { producer_id: string; invite_id: string }) => {
    return new WorkflowResponse(deleteProducerInviteStep(input))
  }
)
