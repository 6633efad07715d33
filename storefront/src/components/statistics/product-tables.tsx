import { getTranslations } from "next-intl/server"
import { CERTIFIED_STARS, type OcopStatisticsView } from "@ocop/shared"
import type { Locale } from "@/i18n/routing"
import { isProductGroup } from "@/lib/catalogue/facet-options"
import { formatCount, formatShareOf } from "@/lib/statistics/figures"
import styles from "./statistics.module.css"

type ProductTablesProps = { products: OcopStatisticsView["products"]; locale: Locale }

/** The province's certified products by star rating, then by group with a column per rating. */
export async function ProductTables({ products, locale }: ProductTablesProps) {
  const t = await getTranslations("Statistics.products")
  const tGroup = await getTranslations("ProductGroup")
  const count = (value: number) => formatCount(value, locale)
  return (
    <section className={styles.section} aria-labelledby="statistics-products">
      <h2 id="statistics-products">{t("heading")}</h2>
      <p className={styles.total}>{t("total", { count: products.total })}</p>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={t("byStars")}>
        <table className={styles.table}>
          <caption>{t("byStars")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("rating")}</th>
              <th scope="col" className={styles.number}>
                {t("count")}
              </th>
              <th scope="col" className={styles.number}>
                {t("share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {CERTIFIED_STARS.map((stars) => (
              <tr key={stars}>
                <th scope="row">{t("stars", { stars })}</th>
                <td className={styles.number}>{count(products.by_stars[stars])}</td>
                <td className={styles.number}>{formatShareOf(products.by_stars[stars], products.total, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={t("byGroup")}>
        <table className={styles.table}>
          <caption>{t("byGroup")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("group")}</th>
              {CERTIFIED_STARS.map((stars) => (
                <th key={stars} scope="col" className={styles.number}>
                  {t("stars", { stars })}
                </th>
              ))}
              <th scope="col" className={styles.number}>
                {t("count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {products.by_group.map((row) => (
              <tr key={row.group}>
                <th scope="row">{isProductGroup(row.group) ? `${row.group}. ${tGroup(row.group)}` : row.group}</th>
                {CERTIFIED_STARS.map((stars) => (
                  <td key={stars} className={styles.number}>
                    {count(row.by_stars[stars])}
                  </td>
                ))}
                <td className={styles.number}>{count(row.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("total_row")}</th>
              {CERTIFIED_STARS.map((stars) => (
                <td key={stars} className={styles.number}>
                  {count(products.by_stars[stars])}
                </td>
              ))}
              <td className={styles.number}>{count(products.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}
