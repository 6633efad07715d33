"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useId } from "react"
import controls from "@/components/cart/cart-controls.module.css"
import { moveMyBooking } from "@/lib/data/experiences"
import type { BookingActionState } from "@/lib/experiences/booking-errors"
import type { MoveOption } from "@/lib/experiences/move-options"
import { formatDateTime } from "@/lib/util/date"

const IDLE: BookingActionState = { status: "idle" }

/** Moves one of the customer's bookings to another session with room (the policy and price stay as booked). */
export function MoveBookingForm({
  bookingId,
  title,
  options,
}: {
  bookingId: string
  title: string
  options: MoveOption[]
}) {
  const t = useTranslations("Experience")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(moveMyBooking, IDLE)
  const selectId = useId()

  return (
    <details>
      <summary>{t("mine.move")}</summary>
      {options.length ? (
        <form action={formAction} aria-label={`${t("mine.move")}: ${title}`}>
          <input type="hidden" name="booking_id" value={bookingId} />
          <label htmlFor={selectId}>{t("mine.moveTo")}</label>{" "}
          <select id={selectId} name="session_id" required>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {t("mine.moveOption", { when: formatDateTime(option.starts_at, locale), left: option.vacancies })}
              </option>
            ))}
          </select>{" "}
          <button type="submit" className={controls.danger} disabled={pending}>
            {pending ? t("mine.moving") : t("mine.moveConfirm")}
          </button>
          {state.status === "error" ? <p role="alert">{t(`error.${state.error}`)}</p> : null}
        </form>
      ) : (
        <p role="status">{t("mine.moveNone")}</p>
      )}
    </details>
  )
}
