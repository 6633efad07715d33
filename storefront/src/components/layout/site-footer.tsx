import { useTranslations } from "next-intl"
import styles from "./site-footer.module.css"

export function SiteFooter() {
  const t = useTranslations("Footer")

  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>{t("about")}</p>
        <p>{t("prices")}</p>
      </div>
    </footer>
  )
}
