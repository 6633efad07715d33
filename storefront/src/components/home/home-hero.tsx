import { useTranslations } from "next-intl"
import styles from "./home-hero.module.css"

export function HomeHero() {
  const t = useTranslations("Home")

  return (
    <section className={styles.hero}>
      <h1 className={styles.title}>{t("heroTitle")}</h1>
      <p className={styles.lead}>{t("heroLead")}</p>
    </section>
  )
}
