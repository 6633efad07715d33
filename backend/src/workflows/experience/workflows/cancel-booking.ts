import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  refundPaymentWorkflow,
  releaseLockStep,
  type RefundPaymentWorkflowInput,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
import { salesRefundMetadata } from "../../../lib/report/sales-facts"
import { buildBookingCancelledEmailStep } from "../steps/build-booking-cancelled-email"
import { cancelBookingRecordStep } from "../steps/cancel-booking-record"
import { findBookingRefundStep, type BookingCanceller } from "../steps/find-booking-refund"

export const cancelBookingWorkflowId = "cancel-booking"

export type CancelBookingInput = { booking_id: string; canceller: BookingCanceller; reason?: string | null }

/**
 * Cancels a booking: its places are freed, the refund its canceller is owed (see
 * find-booking-refund) goes back through the checkout's payment, and the buyer is e-mailed in the
 * language they booked in. The booking is marked first, so a refund the provider refuses undoes it.
 */
export const cancelBookingWorkflow = createWorkflow(cancelBookingWorkflowId, (input: CancelBookingInput) => {
  const lockKey = transform({ input }, ({ input }) => `booking:${input.booking_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const refund = findBookingRefundStep(input)
  cancelBookingRecordStep(
    transform({ input, refund }, ({ input, refund }) => ({
      booking_id: input.booking_id,
      refund_amount: refund.refund_amount,
      reason: input.reason ?? null,
    }))
  )
  when("refund-booking", { refund }, ({ refund }) => refund.refund_amount > 0 && !!refund.payment_id).then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform(
        { refund },
        ({ refund }): RefundPaymentWorkflowInput =>
          // The sales facts take the refund from this booking's lines of its order.
          ({
            payment_id: refund.payment_id!,
            amount: refund.refund_amount,
            metadata: salesRefundMetadata({ producer_order_id: refund.order_id!, booking_id: refund.booking_id }),
          }) as RefundPaymentWorkflowInput
      ),
    })
  })
  const notifications = buildBookingCancelledEmailStep(
    transform({ input }, ({ input }) => ({
      booking_id: input.booking_id,
      by: input.canceller.by === "office" ? ("host" as const) : input.canceller.by,
    }))
  )
  sendNotificationsStep(notifications)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(
    transform({ refund }, ({ refund }) => ({ id: refund.booking_id, refund_amount: refund.refund_amount }))
  )
})
