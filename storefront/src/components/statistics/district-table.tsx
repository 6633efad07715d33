import { getTranslations } from "next-intl/server"
import type { OcopStatisticsView } from "@ocop/shared"
import type { Locale } from "@/i18n/routing"
import { districtTotals, formatCount } from "@/lib/statistics/figures"
import styles from "./statistics.module.css"

type DistrictTableProps = { districts: OcopStatisticsView["districts"]; locale: Locale }

/** Products ★3+ and producers by former district: how the province's plans and reports still name places. */
export async function DistrictTable({ districts, locale }: DistrictTableProps) {
  const t = await getTranslations("Statistics.districts")
  const totals = districtTotals(districts)
  return (
    <section className={styles.section} aria-labelledby="statistics-districts">
      <h2 id="statistics-districts">{t("heading")}</h2>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={t("caption")}>
        <table className={styles.table} data-testid="statistics-districts">
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("district")}</th>
              <th scope="col" className={styles.number}>
                {t("products")}
              </th>
              <th scope="col" className={styles.number}>
                {t("producers")}
              </th>
            </tr>
          </thead>
          <tbody>
            {districts.map((row) => (
              <tr key={row.name ?? ""}>
                <th scope="row">{row.name ?? t("unknown")}</th>
                <td className={styles.number}>{formatCount(row.products, locale)}</td>
                <td className={styles.number}>{formatCount(row.producers, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("total_row")}</th>
              <td className={styles.number}>{formatCount(totals.products, locale)}</td>
              <td className={styles.number}>{formatCount(totals.producers, locale)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}
