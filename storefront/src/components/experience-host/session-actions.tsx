"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useRef } from "react"
import type { SessionStatus } from "@ocop/shared"
import styles from "@/components/producer-portal/portal.module.css"
import { cancelHostSession, updateHostSession } from "@/lib/data/producer-experience-sessions"
import { emptyHostForm } from "@/lib/experience-host/host-form-state"
import host from "./experience-host.module.css"
import { HostField } from "./host-field"
import { HostFormMessages } from "./host-form-messages"

type SessionActionsProps = {
  sessionId: string
  status: SessionStatus
  capacity: number
  /** How the session is named in the cancel dialog: its date and time. */
  when: string
}

/** A session's capacity, closing or reopening it, and cancelling it (after a confirm dialog: full refunds). */
export function SessionActions({ sessionId, status, capacity, when }: SessionActionsProps) {
  const t = useTranslations("HostExperiences.sessions")
  const [capacityState, capacityAction, savingCapacity] = useActionState(updateHostSession, emptyHostForm)
  const [statusState, statusAction, savingStatus] = useActionState(updateHostSession, emptyHostForm)
  const [cancelState, cancelAction, cancelling] = useActionState(cancelHostSession, emptyHostForm)
  const dialog = useRef<HTMLDialogElement>(null)
  const idPrefix = `session-${sessionId}`

  useEffect(() => {
    if (cancelState.saved) dialog.current?.close()
  }, [cancelState])

  if (status === "cancelled") return null
  // Every session card has the same buttons: the group names the session they act on.
  return (
    <div role="group" aria-label={t("actionsFor", { when })} className={styles.list}>
      <form action={capacityAction} noValidate className={host.inlineForm}>
        <input type="hidden" name="session_id" value={sessionId} />
        <input type="hidden" name="intent" value="capacity" />
        <HostField
          state={capacityState}
          idPrefix={idPrefix}
          name="capacity"
          label={t("capacity")}
          defaultValue={String(capacity)}
          inputMode="numeric"
        />
        <button type="submit" className={styles.button} disabled={savingCapacity}>
          {t("saveCapacity")}
        </button>
      </form>
      <HostFormMessages state={capacityState} saved={t("capacitySaved")} />
      <div className={styles.actions}>
        <form action={statusAction}>
          <input type="hidden" name="session_id" value={sessionId} />
          <input type="hidden" name="intent" value={status === "open" ? "closed" : "open"} />
          <button type="submit" className={styles.button} disabled={savingStatus}>
            {status === "open" ? t("close") : t("reopen")}
          </button>
        </form>
        <button
          type="button"
          className={`${styles.button} ${styles.danger}`}
          onClick={() => dialog.current?.showModal()}
          aria-haspopup="dialog"
        >
          {t("cancel")}
        </button>
      </div>
      <HostFormMessages state={statusState} saved={t("statusSaved")} />
      <dialog ref={dialog} className={host.dialog} aria-labelledby={`${idPrefix}-cancel-heading`}>
        <form action={cancelAction} noValidate className={styles.section}>
          <h2 id={`${idPrefix}-cancel-heading`}>{t("cancelHeading", { when })}</h2>
          <p>{t("cancelWarning")}</p>
          <input type="hidden" name="session_id" value={sessionId} />
          <HostFormMessages state={cancelState} />
          <HostField state={cancelState} idPrefix={idPrefix} name="reason" label={t("reason")} multiline />
          <div className={styles.actions}>
            <button type="submit" className={`${styles.button} ${styles.danger}`} disabled={cancelling}>
              {t("confirmCancel")}
            </button>
            <button type="button" className={styles.button} onClick={() => dialog.current?.close()}>
              {t("keep")}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  )
}
