"use client"

import { refundAmount, type CancellationTier } from "@ocop/shared"
import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import controls from "@/components/cart/cart-controls.module.css"
import { cancelMyBooking } from "@/lib/data/experiences"
import type { BookingActionState } from "@/lib/experiences/booking-errors"
import { formatPrice } from "@/lib/util/money"

const IDLE: BookingActionState = { status: "idle" }

type CancelBookingButtonProps = {
  bookingId: string
  title: string
  startsAt: string
  /** What was paid for the booking: the policy gives back a share of this (nothing of an unpaid transfer). */
  paid: number
  policy: CancellationTier[]
}

/**
 * Cancels one of the customer's bookings after showing what its policy gives back at this moment
 * (the backend decides the amount again when it cancels).
 */
export function CancelBookingButton({ bookingId, title, startsAt, paid, policy }: CancelBookingButtonProps) {
  const t = useTranslations("Experience")
  const [state, formAction, pending] = useActionState(cancelMyBooking, IDLE)
  const [refund, setRefund] = useState<number | null>(null)

  if (refund === null) {
    return (
      <button
        type="button"
        className={controls.danger}
        aria-label={`${t("mine.cancel")}: ${title}`}
        onClick={() => setRefund(refundAmount(paid, policy, new Date(startsAt), new Date()))}
      >
        {t("mine.cancel")}
      </button>
    )
  }
  return (
    <form action={formAction} aria-label={`${t("mine.cancel")}: ${title}`}>
      <input type="hidden" name="booking_id" value={bookingId} />
      <p role="status">
        {refund > 0 ? t("mine.cancelRefund", { amount: formatPrice(refund) }) : t("mine.cancelNoRefund")}
      </p>
      <button type="submit" className={controls.danger} disabled={pending}>
        {pending ? t("mine.cancelling") : t("mine.cancelConfirm")}
      </button>{" "}
      <button type="button" disabled={pending} onClick={() => setRefund(null)}>
        {t("mine.keep")}
      </button>
      {state.status === "error" ? <p role="alert">{t(`error.${state.error}`)}</p> : null}
    </form>
  )
}
