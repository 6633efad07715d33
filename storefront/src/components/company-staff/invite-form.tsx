"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { COMPANY_ROLES } from "@ocop/shared"
import styles from "@/components/account/account.module.css"
import { inviteCompanyStaff } from "@/lib/data/company-staff"
import { FormStatus } from "./form-status"

/** An admin invites a colleague by e-mail, with the role and monthly limit they will have. */
export function InviteForm() {
  const t = useTranslations("CompanyStaff")
  const [state, invite, inviting] = useActionState(inviteCompanyStaff, { error: null })
  return (
    <form action={invite} className={styles.card}>
      <label>
        {t("emailLabel")}
        <input type="email" name="email" required autoComplete="off" />
      </label>
      <label>
        {t("roleLabel")}{" "}
        <select name="role" defaultValue="buyer">
          {COMPANY_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("limitLabel")}
        <input name="monthly_spending_limit" inputMode="numeric" aria-describedby="invite-limit-hint" />
      </label>
      <span id="invite-limit-hint" className={styles.muted}>
        {t("limitHint")}
      </span>
      <FormStatus state={state} doneKey="invited" />
      <button type="submit" disabled={inviting}>
        {t("invite")}
      </button>
    </form>
  )
}
