"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import styles from "@/components/account/account.module.css"
import { acceptCompanyInvite } from "@/lib/data/company-staff"
import { FormStatus } from "./form-status"

/** The invited colleague, signed in, accepts the invitation the e-mailed link carries. */
export function JoinForm({ token }: { token: string }) {
  const t = useTranslations("CompanyStaff")
  const locale = useLocale()
  const [state, accept, accepting] = useActionState(acceptCompanyInvite, { error: null })
  return (
    <form action={accept} className={styles.card}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <p>{t("joinLead")}</p>
      <FormStatus state={state} />
      <button type="submit" disabled={accepting}>
        {t("join")}
      </button>
    </form>
  )
}
