import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createProducerInviteStep } from "../steps/create-producer-invite"
import { validateInviteeStep } from "../steps/validate-invitee"
import { sendProducerEmailWorkflow } from "./send-producer-email"

export const inviteProducerMemberWorkflowId = "invite-producer-member"

/** The owner invites a colleague by e-mail; the link in it lets the colleague create its sign-in. */
export const inviteProducerMemberWorkflow = createWorkflow(
  inviteProducerMemberWorkflowId,
  (input: { producer_id: string; email: string }) => {
    validateInviteeStep(input)
    const invite = createProducerInviteStep(input)
    const { data: producers } = useQueryGraphStep({
      entity: "producer",
      fields: ["name"],
      filters: { id: input.producer_id },
    })
    sendProducerEmailWorkflow.runAsStep({
      input: transform({ invite, producers }, ({ invite, producers }) => ({
        to: invite.email,
        kind: "member_invited" as const,
        producer_name: producers[0].name,
        invite_token: invite.token,
        idempotency_key: `member_invited:${invite.id}`,
      })),
    })
    return new WorkflowResponse(invite)
  }
)
