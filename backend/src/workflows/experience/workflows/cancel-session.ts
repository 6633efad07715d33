import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { cancelSessionBookingsStep } from "../steps/cancel-session-bookings"
import { cancelSessionRecordStep, type SessionCanceller } from "../steps/cancel-session-record"

export const cancelSessionWorkflowId = "cancel-session"

export type CancelSessionInput = { session_id: string; canceller: SessionCanceller; reason?: string | null }

/**
 * A host (or the office, or the marketplace when too few booked by the cut-off) cancels a session:
 * it closes for booking under the session's lock, so no new hold slips in, and everyone booked is
 * refunded in full and told by e-mail in their language.
 */
export const cancelSessionWorkflow = createWorkflow(cancelSessionWorkflowId, (input: CancelSessionInput) => {
  const lockKey = transform({ input }, ({ input }) => `experience-session:${input.session_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const session = cancelSessionRecordStep(
    transform({ input }, ({ input }) => ({ ...input, reason: input.reason ?? null }))
  )
  releaseLockStep({ key: lockKey })
  const outcome = cancelSessionBookingsStep(
    transform({ input, session }, ({ input, session }) => ({
      booking_ids: session.booking_ids,
      canceller: input.canceller,
      reason: input.reason ?? null,
    }))
  )
  return new WorkflowResponse(
    transform({ input, outcome }, ({ input, outcome }) => ({ id: input.session_id, ...outcome }))
  )
})
