import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProducerStep } from "../steps/update-producer"

export type SetProducerStatusInput = {
  id: string
  status: "active" | "rejected" | "suspended"
  status_reason?: string | null
}

export const setProducerStatusWorkflowId = "set-producer-status"

/** Sets a status with no check and no e-mail (setup and tests); the office acts through approve-, reject- and suspend-producer. */
export const setProducerStatusWorkflow = createWorkflow(
  setProducerStatusWorkflowId,
  (input: SetProducerStatusInput) => {
    return new WorkflowResponse(updateProducerStep(input))
  }
)
