import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createProducerMemberStep } from "../steps/create-producer-member"
import { findOpenInviteStep } from "../steps/find-open-invite"
import { markInviteAcceptedStep } from "../steps/mark-invite-accepted"
import { validateNewMemberStep } from "../steps/validate-new-member"

export type AcceptProducerInviteInput = {
  token: string
  email: string
  name?: string | null
  auth_identity_id: string
  actor_id?: string | null
}

export const acceptProducerInviteWorkflowId = "accept-producer-invite"

/** An invited colleague, signed up with the invited e-mail, becomes a member of the producer. */
export const acceptProducerInviteWorkflow = createWorkflow(
  acceptProducerInviteWorkflowId,
  (input: AcceptProducerInviteInput) => {
    validateNewMemberStep(transform({ input }, ({ input }) => ({ email: input.email, actor_id: input.actor_id })))
    const invite = findOpenInviteStep(transform({ input }, ({ input }) => ({ token: input.token, email: input.email })))
    const member = createProducerMemberStep(
      transform({ input, invite }, ({ input, invite }) => ({
        producer_id: invite.producer_id,
        email: invite.email,
        name: input.name,
        role: "member" as const,
      }))
    )
    markInviteAcceptedStep(transform({ invite }, ({ invite }) => invite.id))
    setAuthAppMetadataStep(
      transform({ input, member }, ({ input, member }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "producer",
        value: member.id,
      }))
    )
    return new WorkflowResponse(member)
  }
)
