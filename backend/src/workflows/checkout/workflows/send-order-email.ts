import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { OrderEmailKind } from "../../../lib/emails/order-emails"
import { buildOrderEmailStep } from "../steps/build-order-email"

export const sendOrderEmailWorkflowId = "send-order-email"

/** Tells the buyer what happened to its checkout, in its language, through the notification module. */
export const sendOrderEmailWorkflow = createWorkflow(
  sendOrderEmailWorkflowId,
  (input: { order_group_id: string; kind: OrderEmailKind; order_id?: string }) => {
    const notifications = buildOrderEmailStep(input)
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
