import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import styles from "./site-footer.module.css"

export function SiteFooter() {
  const t = useTranslations("Footer")
  const tPortal = useTranslations("ProducerPortal")
  const tWholesale = useTranslations("Wholesale")

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
      </div>
    </footer>
  )
}
