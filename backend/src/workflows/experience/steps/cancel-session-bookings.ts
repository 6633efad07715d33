import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BookingCanceller } from "./find-booking-refund"
import { cancelBookingWorkflow } from "../workflows/cancel-booking"

export const cancelSessionBookingsStepId = "cancel-session-bookings"

/**
 * Cancels each booking of a cancelled session with a full refund and an e-mail, one by one (each
 * is its own cancellation: one refused refund does not keep the others). Last in its workflow:
 * refunds cannot be taken back.
 */
export const cancelSessionBookingsStep = createStep(
  cancelSessionBookingsStepId,
  async (input: { booking_ids: string[]; canceller: BookingCanceller; reason: string | null }, { container }) => {
    const cancelled: { id: string; refund_amount: number }[] = []
    const failed: { id: string; message: string }[] = []
    for (const bookingId of input.booking_ids) {
      try {
        const { result } = await cancelBookingWorkflow(container).run({
          input: { booking_id: bookingId, canceller: input.canceller, reason: input.reason },
        })
        cancelled.push(result)
      } catch (error) {
        failed.push({ id: bookingId, message: (error as Error).message })
      }
    }
    return new StepResponse({ cancelled, failed })
  }
)
