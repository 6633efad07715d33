import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { CreateProducerData } from "../steps/create-producers"
import { createProducerMemberStep } from "../steps/create-producer-member"
import { validateNewMemberStep } from "../steps/validate-new-member"
import { createProducersWorkflow } from "./create-producers"

export const PRODUCER_APPLIED_EVENT = "ocop.producer.applied"

export type ApplyAsProducerInput = {
  auth_identity_id: string
  actor_id?: string | null
  email: string
  application: Omit<CreateProducerData, "email" | "status">
}

export const applyAsProducerWorkflowId = "apply-as-producer"

/**
 * A producer signs up: its record (pending, with its own stock location and delivery, as the
 * office's registration makes them), the applicant as owner member, and the sign-in bound to that
 * member. Nothing sells until the office approves.
 */
export const applyAsProducerWorkflow = createWorkflow(applyAsProducerWorkflowId, (input: ApplyAsProducerInput) => {
  validateNewMemberStep(transform({ input }, ({ input }) => ({ email: input.email, actor_id: input.actor_id })))
  const producers = createProducersWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      producers: [{ ...input.application, email: input.email, status: "pending" as const }],
    })),
  })
  const member = createProducerMemberStep(
    transform({ input, producers }, ({ input, producers }) => ({
      producer_id: producers[0].id,
      email: input.email,
      name: input.application.representative,
      role: "owner" as const,
    }))
  )
  setAuthAppMetadataStep(
    transform({ input, member }, ({ input, member }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "producer",
      value: member.id,
    }))
  )
  emitEventStep({
    eventName: PRODUCER_APPLIED_EVENT,
    data: transform({ producers }, ({ producers }) => ({ id: producers[0].id })),
  })
  return new WorkflowResponse(
    transform({ producers, member }, ({ producers, member }) => ({ producer: producers[0], member }))
  )
})
