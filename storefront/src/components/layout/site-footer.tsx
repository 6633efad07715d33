import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { STATISTICS_PATHS } from "@/lib/statistics/statistics-path"
import styles from "./site-footer.module.css"

export function SiteFooter() {
  const t = useTranslations("Footer")
  const tPortal = useTranslations("ProducerPortal")
  const tWholesale = useTranslations("Wholesale")
  const tStatistics = useTranslations("Statistics")
  const locale = resolveLocale(useLocale())

  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>{t("about")}</p>
        <p>{t("prices")}</p>
        <p>
          <Link href="/producer">{tPortal("sellLink")}</Link>
        </p>
        <p>
          <Link href="/wholesale">{tWholesale("footerLink")}</Link>
        </p>
        <p>
          <Link href={STATISTICS_PATHS[locale]}>{tStatistics("footerLink")}</Link>
        </p>
      </div>
    </footer>
  )
}
