import { useTranslations } from "next-intl"
import styles from "@/components/account/account.module.css"
import { Link } from "@/i18n/navigation"

/** The company's pages for its staff; approvals are the admins'. */
export function CompanyNav({ current, isAdmin }: { current: "staff" | "approvals"; isAdmin: boolean }) {
  const t = useTranslations("CompanyStaff")
  return (
    <nav className={styles.nav} aria-label={t("navLabel")}>
      <Link href="/account">{t("account")}</Link>
      <Link href="/account/company/staff" aria-current={current === "staff" ? "page" : undefined}>
        {t("staffTitle")}
      </Link>
      {isAdmin ? (
        <Link href="/account/company/approvals" aria-current={current === "approvals" ? "page" : undefined}>
          {t("approvalsTitle")}
        </Link>
      ) : null}
    </nav>
  )
}
