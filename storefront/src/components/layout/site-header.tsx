import { useLocale, useTranslations } from "next-intl"
import { Suspense } from "react"
import { MiniCart, MiniCartLink } from "@/components/cart/mini-cart"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { TOURISM_PATHS } from "@/lib/experiences/tourism-path"
import { LocaleSwitch } from "./locale-switch"
import styles from "./site-header.module.css"

export function SiteHeader() {
  const t = useTranslations("Metadata")
  const tNav = useTranslations("Nav")
  const tWholesale = useTranslations("Wholesale")
  const locale = resolveLocale(useLocale())

  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <Link href="/" className={styles.brand}>
          <span className={styles.mark} aria-hidden="true">
            ★
          </span>
          {t("siteName")}
        </Link>
        <nav aria-label={tNav("sections")} className={styles.sections}>
          <Link href="/products" className={styles.section}>
            {tNav("products")}
          </Link>
          <Link href={TOURISM_PATHS[locale]} className={styles.section}>
            {tNav("tourism")}
          </Link>
          <Link href="/wholesale" className={styles.section}>
            {tWholesale("navLink")}
          </Link>
          <Link href="/account" className={styles.section} data-testid="account-link">
            {tNav("account")}
          </Link>
        </nav>
        <div className={styles.cart}>
          <Suspense fallback={<MiniCartLink count={null} />}>
            <MiniCart />
          </Suspense>
        </div>
        <div className={styles.locale}>
          <LocaleSwitch />
        </div>
      </div>
    </header>
  )
}
