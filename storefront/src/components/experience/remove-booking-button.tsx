"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import controls from "@/components/cart/cart-controls.module.css"
import type { BookingActionState } from "@/lib/experiences/booking-errors"
import { removeBooking } from "@/lib/data/experiences"

const IDLE: BookingActionState = { status: "idle" }

/** Takes a booking out of the cart with its lines, freeing its places. */
export function RemoveBookingButton({ bookingId, title }: { bookingId: string; title: string }) {
  const t = useTranslations("Experience")
  const [state, formAction, pending] = useActionState(removeBooking, IDLE)

  return (
    <form action={formAction}>
      <input type="hidden" name="booking_id" value={bookingId} />
      <button type="submit" className={controls.danger} disabled={pending} aria-label={`${t("cart.remove")}: ${title}`}>
        {pending ? t("cart.removing") : t("cart.remove")}
      </button>
      {state.status === "error" ? <p role="alert">{t(`error.${state.error}`)}</p> : null}
    </form>
  )
}
