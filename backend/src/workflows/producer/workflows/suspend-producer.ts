import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeProducerStatus, ProducerReviewInput } from "./change-producer-status"

export const suspendProducerWorkflowId = "suspend-producer"

/** The office stops a selling producer, with a reason; it keeps reading its data. */
export const suspendProducerWorkflow = createWorkflow(suspendProducerWorkflowId, (input: ProducerReviewInput) => {
  return new WorkflowResponse(changeProducerStatus(input, { to: "suspended", email: "producer_suspended" }))
})
