import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { passwordResetEmail, PasswordResetActor } from "../../../lib/emails/password-reset-email"

export const sendPasswordResetEmailWorkflowId = "send-password-reset-email"

export type PasswordResetEmailInput = {
  email: string
  token: string
  locale?: string | null
  storefront_url: string
  actor: PasswordResetActor
}

/** Sends a customer or a producer member the link to choose a new password (Medusa made the token: `auth.password_reset`). */
export const sendPasswordResetEmailWorkflow = createWorkflow(
  sendPasswordResetEmailWorkflowId,
  (input: PasswordResetEmailInput) => {
    const notifications = transform({ input }, ({ input }) => {
      const email = passwordResetEmail({
        email: input.email,
        token: input.token,
        locale: input.locale,
        storefrontUrl: input.storefront_url,
        actor: input.actor,
      })
      return [
        {
          to: input.email,
          channel: "email",
          template: `${input.actor}-password-reset`,
          trigger_type: "auth.password_reset",
          content: { subject: email.subject, text: email.text },
          data: { reset_url: email.url },
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
