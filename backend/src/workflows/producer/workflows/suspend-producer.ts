import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeProducerStatus, ProducerReviewInput } from "./change-producer-status"

export const suspendProducerWorkflowId = "suspend-producer"

/**
 * The office stops a selling producer, with a reason: its goods go off sale (product pages, search,
 * carts); it keeps reading its data and may still finish or cancel the orders it already has.
 */
export const suspendProducerWorkflow = createWorkflow(suspendProducerWorkflowId, (input: ProducerReviewInput) => {
  return new WorkflowResponse(
    changeProducerStatus(input, { to: "suspended", on_sale: false, email: "producer_suspended" })
  )
})
