import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SessionEdit, updateExperienceSessionStep } from "../steps/update-experience-session"

export const updateSessionWorkflowId = "update-session"

/** A host changes a session's capacity (never below what is booked) or opens or closes it to new bookings. */
export const updateSessionWorkflow = createWorkflow(updateSessionWorkflowId, (input: SessionEdit) => {
  return new WorkflowResponse(updateExperienceSessionStep(input))
})
