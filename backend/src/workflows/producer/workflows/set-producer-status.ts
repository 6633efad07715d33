import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProducerStep } from "../steps/update-producer"

export type SetProducerStatusInput = { id: string; status: "active" | "rejected" | "suspended"; status_reason?: string | null }

export const setProducerStatusWorkflowId = "set-producer-status"

/** The programme office approves (active) or suspends a producer, with a reason. */
export const setProducerStatusWorkflow = createWorkflow(setProducerStatusWorkflowId, (input: SetProducerStatusInput) => {
  return new WorkflowResponse(updateProducerStep(input))
})
