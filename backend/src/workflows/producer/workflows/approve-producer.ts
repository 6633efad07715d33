import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeProducerStatus, ProducerReviewInput } from "./change-producer-status"

export const approveProducerWorkflowId = "approve-producer"

/** The office approves an application (or reinstates a suspended producer, whose goods go back on sale); the owner is e-mailed. */
export const approveProducerWorkflow = createWorkflow(approveProducerWorkflowId, (input: ProducerReviewInput) => {
  return new WorkflowResponse(
    changeProducerStatus(input, { to: "active", on_sale: true, email: "application_approved" })
  )
})
