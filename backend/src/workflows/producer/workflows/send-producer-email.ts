import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { producerEmail, ProducerEmailInput } from "../../../lib/emails/producer-emails"

export type SendProducerEmailInput = Omit<ProducerEmailInput, "storefront_url"> & {
  to: string
  // Makes a retried event send nothing more (e.g. `listing_approved:prod_…`).
  idempotency_key?: string
}

export const sendProducerEmailWorkflowId = "send-producer-email"

/** One e-mail to a producer's member: approval, rejection, invitation, listing and certificate reviews. */
export const sendProducerEmailWorkflow = createWorkflow(
  sendProducerEmailWorkflowId,
  (input: SendProducerEmailInput) => {
    const notifications = transform({ input }, ({ input }) => {
      const email = producerEmail({ ...input, storefront_url: process.env.STOREFRONT_URL || "http://localhost:8000" })
      return [
        {
          to: input.to,
          channel: "email",
          template: `producer-${input.kind.replace(/_/g, "-")}`,
          trigger_type: `producer.${input.kind}`,
          content: { subject: email.subject, text: email.text },
          data: { url: email.url },
          ...(input.idempotency_key ? { idempotency_key: input.idempotency_key } : {}),
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
