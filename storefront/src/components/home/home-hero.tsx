import { useTranslations } from "next-intl"
import styles from "./home.module.css"
import { HomeSearch } from "./home-search"

/** The page's title and, first of all, the catalogue's search box. */
export function HomeHero() {
  const t = useTranslations("Home")

  return (
    <section className={styles.hero} aria-labelledby="home-title">
      <h1 id="home-title" className={styles.title}>
        {t("heroTitle")}
      </h1>
      <p className={styles.lead}>{t("heroLead")}</p>
      <div className={styles.search}>
        <HomeSearch />
      </div>
    </section>
  )
}
