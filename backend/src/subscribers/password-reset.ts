import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { sendPasswordResetEmailWorkflow } from "../workflows/account/workflows/send-password-reset-email"

type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: { locale?: unknown } }

/** A customer or producer member who forgot its password gets the reset link by e-mail; admin users are not ours to mail. */
export default async function passwordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id, actor_type, token, metadata } = event.data
  if (actor_type !== "customer" && actor_type !== "producer") return
  await sendPasswordResetEmailWorkflow(container).run({
    input: {
      email: entity_id,
      token,
      locale: typeof metadata?.locale === "string" ? metadata.locale : null,
      storefront_url: process.env.STOREFRONT_URL || "http://localhost:8000",
      actor: actor_type,
    },
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
