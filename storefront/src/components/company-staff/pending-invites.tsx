"use client"

import { useFormatter, useTranslations } from "next-intl"
import { useActionState } from "react"
import styles from "@/components/account/account.module.css"
import { withdrawCompanyInvite, type CompanyInvite } from "@/lib/data/company-staff"
import { FormStatus } from "./form-status"

function InviteRow({ invite }: { invite: CompanyInvite }) {
  const t = useTranslations("CompanyStaff")
  const format = useFormatter()
  const [state, withdraw, withdrawing] = useActionState(withdrawCompanyInvite, { error: null })
  return (
    <li className={styles.card}>
      <strong>{invite.email}</strong>
      <span>
        {t(`role.${invite.role}`)} ·{" "}
        {t("expires", { date: format.dateTime(new Date(invite.expires_at), { dateStyle: "medium" }) })}
      </span>
      <form action={withdraw}>
        <input type="hidden" name="invite_id" value={invite.id} />
        <button type="submit" className={styles.linkButton} disabled={withdrawing}>
          {t("withdraw")}
        </button>
      </form>
      <FormStatus state={state} />
    </li>
  )
}

/** Invitations not accepted yet, each withdrawable. */
export function PendingInvites({ invites }: { invites: CompanyInvite[] }) {
  const t = useTranslations("CompanyStaff")
  if (!invites.length) return <p>{t("noInvites")}</p>
  return (
    <ul className={styles.list}>
      {invites.map((invite) => (
        <InviteRow key={invite.id} invite={invite} />
      ))}
    </ul>
  )
}
