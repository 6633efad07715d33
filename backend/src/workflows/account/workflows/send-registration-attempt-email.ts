import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { registrationAttemptEmail, RegistrationActor } from "../../../lib/emails/registration-attempt-email"

export const sendRegistrationAttemptEmailWorkflowId = "send-registration-attempt-email"

export type RegistrationAttemptEmailInput = {
  email: string
  actor: RegistrationActor
  locale?: string | null
  storefront_url: string
}

/** Tells an account's owner that someone tried to register with its e-mail, and how to sign in or reset the password. */
export const sendRegistrationAttemptEmailWorkflow = createWorkflow(
  sendRegistrationAttemptEmailWorkflowId,
  (input: RegistrationAttemptEmailInput) => {
    const notifications = transform({ input }, ({ input }) => {
      const email = registrationAttemptEmail({
        actor: input.actor,
        locale: input.locale,
        storefrontUrl: input.storefront_url,
      })
      return [
        {
          to: input.email,
          channel: "email",
          template: `${input.actor}-registration-attempt`,
          trigger_type: "auth.registration_attempt",
          content: { subject: email.subject, text: email.text },
          data: { sign_in_url: email.signInUrl, forgot_password_url: email.forgotUrl },
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
