import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeProducerMemberStep } from "../steps/remove-producer-member"

export const removeProducerMemberWorkflowId = "remove-producer-member"

/** The owner removes a colleague, who is signed out of the portal from its next request. */
export const removeProducerMemberWorkflow = createWorkflow(
  removeProducerMemberWorkflowId,
  (input: { producer_id: string; member_id: string }) => {
    return new WorkflowResponse(removeProducerMemberStep(input))
  }
)
