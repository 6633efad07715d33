"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import styles from "@/components/producer-portal/portal.module.css"
import { acceptHostBooking, declineHostBooking } from "@/lib/data/producer-experience-sessions"
import { emptyHostForm } from "@/lib/experience-host/host-form-state"
import host from "./experience-host.module.css"
import { HostField } from "./host-field"
import { HostFormMessages } from "./host-form-messages"

/** A booking of an on-request experience waits for the host: accept it, or decline it with a reason (full refund). */
export function BookingRequestActions({ bookingId, guest }: { bookingId: string; guest: string }) {
  const t = useTranslations("HostExperiences.guests")
  const [acceptState, acceptAction, accepting] = useActionState(acceptHostBooking, emptyHostForm)
  const [declineState, declineAction, declining] = useActionState(declineHostBooking, emptyHostForm)
  const idPrefix = `booking-${bookingId}`

  return (
    <div role="group" aria-label={t("requestFor", { guest })} className={styles.list}>
      <form action={acceptAction}>
        <input type="hidden" name="booking_id" value={bookingId} />
        <button type="submit" className={styles.button} disabled={accepting || declining}>
          {t("accept")}
        </button>
      </form>
      <HostFormMessages state={acceptState} saved={t("accepted")} />
      <form action={declineAction} noValidate className={host.inlineForm}>
        <input type="hidden" name="booking_id" value={bookingId} />
        <HostField state={declineState} idPrefix={idPrefix} name="reason" label={t("declineReason")} />
        <button type="submit" className={`${styles.button} ${styles.danger}`} disabled={accepting || declining}>
          {t("decline")}
        </button>
      </form>
      <HostFormMessages state={declineState} saved={t("declined")} />
    </div>
  )
}
