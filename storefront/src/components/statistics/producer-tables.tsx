import { getTranslations } from "next-intl/server"
import { LEGAL_FORMS, type OcopStatisticsView } from "@ocop/shared"
import type { Locale } from "@/i18n/routing"
import { formatCount, formatShareOf } from "@/lib/statistics/figures"
import styles from "./statistics.module.css"

type ProducerTablesProps = { producers: OcopStatisticsView["producers"]; locale: Locale }

/** The province's active producers by legal form, and how many are led by women or by ethnic minorities. */
export async function ProducerTables({ producers, locale }: ProducerTablesProps) {
  const t = await getTranslations("Statistics.producers")
  const tProducer = await getTranslations("Producer")
  const row = (label: string, value: number) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td className={styles.number}>{formatCount(value, locale)}</td>
      <td className={styles.number}>{formatShareOf(value, producers.total, locale)}</td>
    </tr>
  )
  const head = (
    <thead>
      <tr>
        <th scope="col">{t("kind")}</th>
        <th scope="col" className={styles.number}>
          {t("count")}
        </th>
        <th scope="col" className={styles.number}>
          {t("share")}
        </th>
      </tr>
    </thead>
  )
  return (
    <section className={styles.section} aria-labelledby="statistics-producers">
      <h2 id="statistics-producers">{t("heading")}</h2>
      <p className={styles.total}>{t("total", { count: producers.total })}</p>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={t("byKind")}>
        <table className={styles.table}>
          <caption>{t("byKind")}</caption>
          {head}
          <tbody>{LEGAL_FORMS.map((form) => row(tProducer(`legalForm.${form}`), producers.by_legal_form[form]))}</tbody>
        </table>
      </div>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={t("leadership")}>
        <table className={styles.table}>
          <caption>{t("leadership")}</caption>
          {head}
          <tbody>
            {row(tProducer("womenLed"), producers.women_led)}
            {row(tProducer("ethnicMinorityLed"), producers.ethnic_minority_led)}
          </tbody>
        </table>
      </div>
    </section>
  )
}
