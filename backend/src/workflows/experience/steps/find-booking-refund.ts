import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingCanMove, refundPercent, type BookingStatus, type CancellationTier } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import { chargedForBooking, paidForBooking } from "../../../lib/booking-payment"

/** Who cancels a booking: its buyer (the policy decides the refund), its host or the office, or the marketplace. */
export type BookingCanceller =
  | { by: "buyer"; customer_id: string }
  | { by: "host"; producer_id: string }
  | { by: "office" }
  | { by: "below_minimum" }

export type BookingRefund = {
  booking_id: string
  // The producer order the booking was paid in.
  order_id: string | null
  status: BookingStatus
  starts_at: Date
  /** What the booking's buyer paid for it and may get back. */
  paid: number
  refund_amount: number
  payment_id: string | null
}

export const findBookingRefundStepId = "find-booking-refund"

/**
 * What cancelling this booking now refunds: a buyer gets the share its cancellation policy (as it
 * was when booked) gives at this moment; a host's, the office's or the marketplace's cancellation
 * refunds everything paid. Only what was paid for the booking itself can come back: nothing for a
 * booking to be paid on arrival, at most the deposit of a booking with one (the rest is paid to the
 * host, not here). Someone else's booking is unknown (404). No writes.
 */
export const findBookingRefundStep = createStep(
  findBookingRefundStepId,
  async (input: { booking_id: string; canceller: BookingCanceller; now?: Date }, { container }) => {
    const experiences: ExperienceModuleService = container.resolve(EXPERIENCE_MODULE)
    const [booking] = await experiences.listBookings({ id: input.booking_id }, { relations: ["experience"] })
    const { canceller } = input
    const theirs =
      booking &&
      (canceller.by === "buyer"
        ? booking.customer_id === canceller.customer_id
        : canceller.by === "host"
          ? booking.experience.producer_id === canceller.producer_id
          : true)
    if (!theirs) throw new MedusaError(MedusaError.Types.NOT_FOUND, `booking: no booking with id ${input.booking_id}`)
    const now = input.now ?? new Date()
    const startsAt = new Date(booking.starts_at)
    const cancellable =
      canceller.by === "buyer" ? ["requested", "confirmed"] : ["held", "released", "requested", "confirmed"]
    if (!cancellable.includes(booking.status) || !bookingCanMove(booking.status, "cancelled")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `booking: a ${booking.status} booking cannot be cancelled`)
    }
    if (canceller.by === "buyer" && startsAt.getTime() <= now.getTime()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "booking: the session has started; it can no longer be cancelled"
      )
    }
    const { paid, payment_id } = await paidForBooking(container, booking.order_id, chargedForBooking(booking))
    const percent =
      canceller.by === "buyer"
        ? refundPercent(booking.cancellation_policy as unknown as CancellationTier[], startsAt, now)
        : 100
    return new StepResponse<BookingRefund>({
      booking_id: booking.id,
      order_id: (booking.order_id as string | null) ?? null,
      status: booking.status,
      starts_at: startsAt,
      paid,
      refund_amount: Math.floor((paid * percent) / 100),
      payment_id,
    })
  }
)
