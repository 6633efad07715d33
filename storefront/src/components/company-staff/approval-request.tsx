"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { requestCartApproval } from "@/lib/data/company-staff"
import { FormStatus } from "./form-status"

/**
 * At checkout, for a company buyer whose cart needs an admin's approval: "Gửi duyệt". A submit
 * button of the place-order form that runs its own action, since forms cannot nest.
 */
export function ApprovalRequestButton() {
  const t = useTranslations("CompanyStaff")
  const [state, request, requesting] = useActionState(requestCartApproval, { error: null })
  return (
    <>
      <button type="submit" formAction={request} disabled={requesting || state.done}>
        {t("requestApproval")}
      </button>
      <FormStatus state={state} doneKey="requested" />
    </>
  )
}

/** Why company rules refused the order, in the buyer's language (inside the checkout's alert). */
export function CompanyLimitRefusal({ kind }: { kind: "approvalRequired" | "spendingLimit" }) {
  const t = useTranslations("CompanyStaff")
  return (
    <>
      <p>{t(`checkout.${kind}`)}</p>
      {kind === "approvalRequired" ? <ApprovalRequestButton /> : null}
    </>
  )
}
