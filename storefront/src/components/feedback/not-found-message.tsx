import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import styles from "./not-found-message.module.css"

export function NotFoundMessage() {
  const t = useTranslations("NotFound")

  return (
    <section className={styles.message}>
      <h1 className={styles.title}>{t("title")}</h1>
      <p>{t("message")}</p>
      <Link href="/">{t("backHome")}</Link>
    </section>
  )
}
