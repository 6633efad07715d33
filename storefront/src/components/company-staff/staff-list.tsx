"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { COMPANY_ROLES } from "@ocop/shared"
import styles from "@/components/account/account.module.css"
import { removeCompanyStaff, updateCompanyStaff, type CompanyStaffMember } from "@/lib/data/company-staff"
import { formatPrice } from "@/lib/util/money"
import { FormStatus } from "./form-status"

const INITIAL = { error: null }

function StaffRow({ member, editable }: { member: CompanyStaffMember; editable: boolean }) {
  const t = useTranslations("CompanyStaff")
  const [saved, save, saving] = useActionState(updateCompanyStaff, INITIAL)
  const [removed, remove, removing] = useActionState(removeCompanyStaff, INITIAL)
  const limit = member.monthly_spending_limit === null ? t("noLimit") : formatPrice(member.monthly_spending_limit)
  return (
    <li className={styles.card}>
      <div className={styles.cardHeader}>
        <strong>{member.name || member.email}</strong>
        <span className={styles.status}>{t(`role.${member.role}`)}</span>
      </div>
      <span className={styles.muted}>{member.email}</span>
      <span>{t("limitShown", { limit })}</span>
      {editable ? (
        <>
          <form action={save} className={styles.actions}>
            <input type="hidden" name="staff_id" value={member.id} />
            <label>
              {t("roleLabel")}{" "}
              <select name="role" defaultValue={member.role}>
                {COMPANY_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("limitLabel")}{" "}
              <input
                name="monthly_spending_limit"
                inputMode="numeric"
                defaultValue={member.monthly_spending_limit ?? ""}
                aria-describedby={`limit-hint-${member.id}`}
              />
            </label>
            <span id={`limit-hint-${member.id}`} className={styles.muted}>
              {t("limitHint")}
            </span>
            <button type="submit" disabled={saving}>
              {t("save")}
            </button>
          </form>
          <FormStatus state={saved} doneKey="saved" />
          <form action={remove}>
            <input type="hidden" name="staff_id" value={member.id} />
            <button type="submit" className={styles.linkButton} disabled={removing}>
              {t("remove")}
            </button>
          </form>
          <FormStatus state={removed} />
        </>
      ) : null}
    </li>
  )
}

/** The company's staff; an admin edits each one's role and monthly limit, or removes them. */
export function StaffList({ staff, isAdmin }: { staff: CompanyStaffMember[]; isAdmin: boolean }) {
  return (
    <ul className={styles.list}>
      {staff.map((member) => (
        <StaffRow key={member.id} member={member} editable={isAdmin} />
      ))}
    </ul>
  )
}
