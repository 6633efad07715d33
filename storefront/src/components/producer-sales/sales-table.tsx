import { useFormatter, useTranslations } from "next-intl"
import type { ProducerSalesView, SalesChannel } from "@ocop/shared"
import { formatPrice } from "@/lib/util/money"
import styles from "./sales-table.module.css"

/** One grouping of the producer's sales (by month, channel or product) with its total row. */
export function SalesTable({ sales }: { sales: ProducerSalesView }) {
  const t = useTranslations("ProducerPortalSales")
  const format = useFormatter()
  const label = (key: string, fallback: string) =>
    sales.by === "channel" ? t(`channel.${key as SalesChannel}`) : key ? fallback : t("unknown")
  const caption = t(`by.${sales.by}`)
  return (
    <div className={styles.tableBox} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`column.${sales.by}`)}</th>
            <th scope="col" className={styles.number}>
              {t("column.quantity")}
            </th>
            <th scope="col" className={styles.number}>
              {t("column.amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {sales.rows.length ? (
            sales.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{label(row.key, row.label)}</th>
                <td className={styles.number}>{format.number(row.quantity)}</td>
                <td className={styles.number}>{formatPrice(row.amount)}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={3}>{t("empty")}</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            <td className={styles.number}>{format.number(sales.total.quantity)}</td>
            <td className={styles.number}>{formatPrice(sales.total.amount)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
