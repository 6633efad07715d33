import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeProducerStatus, ProducerReviewInput } from "./change-producer-status"

export const rejectProducerWorkflowId = "reject-producer"

/** The office turns an application down with a reason; the owner may correct it and apply again. */
export const rejectProducerWorkflow = createWorkflow(rejectProducerWorkflowId, (input: ProducerReviewInput) => {
  return new WorkflowResponse(changeProducerStatus(input, { to: "rejected", email: "application_rejected" }))
})
