import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { signOut } from "@/lib/data/customer"
import styles from "./account.module.css"

/** The signed-in customer's pages, and signing out. */
export function AccountNav({ current }: { current: "orders" | "addresses" }) {
  const t = useTranslations("Account")
  const locale = useLocale()
  return (
    <nav className={styles.nav} aria-label={t("navLabel")}>
      <Link href="/account" aria-current={current === "orders" ? "page" : undefined}>
        {t("orders")}
      </Link>
      <Link href="/account/addresses" aria-current={current === "addresses" ? "page" : undefined}>
        {t("addresses")}
      </Link>
      <form action={signOut}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className={styles.linkButton}>
          {t("signOut")}
        </button>
      </form>
    </nav>
  )
}
