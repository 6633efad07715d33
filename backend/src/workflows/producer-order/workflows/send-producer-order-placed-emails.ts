import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildProducerOrderPlacedEmailsStep } from "../steps/build-producer-order-placed-emails"

export const sendProducerOrderPlacedEmailsWorkflowId = "send-producer-order-placed-emails"

/** Tells each producer of a new checkout what it has to fulfil, with the payment state and the buyer's note. */
export const sendProducerOrderPlacedEmailsWorkflow = createWorkflow(
  sendProducerOrderPlacedEmailsWorkflowId,
  (input: { order_group_id: string }) => {
    const notifications = buildProducerOrderPlacedEmailsStep(input)
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
