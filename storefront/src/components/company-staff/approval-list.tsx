"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import styles from "@/components/account/account.module.css"
import { decideCompanyApproval, type CompanyApproval } from "@/lib/data/company-staff"
import { formatPrice } from "@/lib/util/money"
import { FormStatus } from "./form-status"

function ApprovalRow({ approval }: { approval: CompanyApproval }) {
  const t = useTranslations("CompanyStaff")
  const [state, decide, deciding] = useActionState(decideCompanyApproval, { error: null })
  const grew = approval.cart !== null && approval.cart.total > approval.total
  return (
    <li className={styles.card}>
      <div className={styles.cardHeader}>
        <strong>{approval.requester?.name || approval.requester?.email}</strong>
        <span className={styles.status}>{formatPrice(approval.total)}</span>
      </div>
      <ul>
        {(approval.cart?.items ?? []).map((item) => (
          <li key={item.id}>
            {t("line", {
              title: [item.product_title, item.variant_title].filter(Boolean).join(" – "),
              quantity: item.quantity,
              total: formatPrice(item.total),
            })}
          </li>
        ))}
      </ul>
      {grew ? <p role="status">{t("cartGrew", { total: formatPrice(approval.cart!.total) })}</p> : null}
      <form action={decide} className={styles.actions}>
        <input type="hidden" name="approval_id" value={approval.id} />
        <label>
          {t("reasonLabel")}
          <input name="reason" maxLength={500} />
        </label>
        <button type="submit" name="decision" value="approve" disabled={deciding}>
          {t("approve")}
        </button>
        <button type="submit" name="decision" value="reject" disabled={deciding}>
          {t("reject")}
        </button>
      </form>
      <FormStatus state={state} doneKey="saved" />
    </li>
  )
}

/** Buyers' carts waiting for an admin's decision. */
export function ApprovalList({ approvals }: { approvals: CompanyApproval[] }) {
  const t = useTranslations("CompanyStaff")
  if (!approvals.length) return <p>{t("noApprovals")}</p>
  return (
    <ul className={styles.list}>
      {approvals.map((approval) => (
        <ApprovalRow key={approval.id} approval={approval} />
      ))}
    </ul>
  )
}
