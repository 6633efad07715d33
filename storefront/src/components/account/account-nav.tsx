import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import styles from "./account.module.css"
import { SignOutForm } from "./sign-out-form"

/** The signed-in customer's pages, and signing out. */
export function AccountNav({ current }: { current: "orders" | "bookings" | "addresses" | "company" | "quotes" }) {
  const t = useTranslations("Account")
  const tCompany = useTranslations("Company")
  const quotes = useTranslations("Quotes")
  const bookings = useTranslations("Experience.mine")
  return (
    <nav className={styles.nav} aria-label={t("navLabel")}>
      <Link href="/account" aria-current={current === "orders" ? "page" : undefined}>
        {t("orders")}
      </Link>
      <Link href="/account/bookings" aria-current={current === "bookings" ? "page" : undefined}>
        {bookings("navLink")}
      </Link>
      <Link href="/account/addresses" aria-current={current === "addresses" ? "page" : undefined}>
        {t("addresses")}
      </Link>
      <Link href="/account/company" aria-current={current === "company" ? "page" : undefined}>
        {tCompany("navLink")}
      </Link>
      <Link href="/account/quotes" aria-current={current === "quotes" ? "page" : undefined}>
        {quotes("listTitle")}
      </Link>
      <SignOutForm actor="customer" />
    </nav>
  )
}
