"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import checkout from "@/components/checkout/checkout.module.css"
import { inviteMember } from "@/lib/data/producer-account"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { FormMessages } from "./form-messages"
import { PortalField } from "./portal-field"
import styles from "./portal.module.css"

/** The owner invites a colleague by e-mail; the e-mail carries the link to the join page. */
export function InviteForm() {
  const t = useTranslations("ProducerPortal")
  const [state, formAction, pending] = useActionState(inviteMember, emptyPortalForm)
  return (
    <section className={styles.section} aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("members.inviteHeading")}</h2>
      <form action={formAction} noValidate className={checkout.form}>
        <FormMessages state={state} saved={t("members.invited")} />
        <PortalField
          state={state}
          idPrefix="invite"
          name="email"
          label={t("field.inviteEmail")}
          type="email"
          autoComplete="off"
        />
        <button type="submit" className={styles.button} disabled={pending}>
          {pending ? t("working") : t("members.invite")}
        </button>
      </form>
    </section>
  )
}
