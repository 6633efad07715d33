import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { acceptBookingRequestStep } from "../steps/accept-booking-request"

export const acceptBookingRequestWorkflowId = "accept-booking-request"

/** The host of an on-request experience accepts a paid booking; declining is cancel-booking by the host (full refund). */
export const acceptBookingRequestWorkflow = createWorkflow(
  acceptBookingRequestWorkflowId,
  (input: { booking_id: string; producer_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => `booking:${input.booking_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
    const accepted = acceptBookingRequestStep(input)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(accepted)
  }
)
