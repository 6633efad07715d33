import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildProducerOrderEmailStep, ProducerOrderEmailKind } from "../steps/build-producer-order-email"

export const sendProducerOrderEmailWorkflowId = "send-producer-order-email"

/** Tells the buyer what one producer did with its order: accepted, packed or cancelled it. */
export const sendProducerOrderEmailWorkflow = createWorkflow(
  sendProducerOrderEmailWorkflowId,
  (input: { order_id: string; kind: ProducerOrderEmailKind }) => {
    const notifications = buildProducerOrderEmailStep(input)
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
