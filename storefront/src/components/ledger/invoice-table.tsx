import { useFormatter, useTranslations } from "next-intl"
import type { LedgerInvoice } from "@/lib/ledger/types"
import { formatPrice } from "@/lib/util/money"
import styles from "./ledger.module.css"

type Party = "producer" | "company"

/** Invoices with who they are owed to (a buyer's ledger) or by (a producer's receivables). */
export function InvoiceTable({ invoices, party }: { invoices: LedgerInvoice[]; party: Party }) {
  const t = useTranslations("Ledger")
  const format = useFormatter()
  if (!invoices.length) return <p role="status">{t("empty")}</p>
  // Dates as they fall in Vietnam, whatever the server's time zone.
  const day = (at: string) => format.dateTime(new Date(at), { dateStyle: "short", timeZone: "Asia/Ho_Chi_Minh" })
  return (
    <div className={styles.tableBox} tabIndex={0} role="region" aria-label={t("invoicesHeading")}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t("column.reference")}</th>
            <th scope="col">{t("column.order")}</th>
            <th scope="col">{t(`column.${party}`)}</th>
            <th scope="col">{t("column.issued")}</th>
            <th scope="col">{t("column.due")}</th>
            <th scope="col" className={styles.money}>
              {t("column.amount")}
            </th>
            <th scope="col" className={styles.money}>
              {t("column.outstanding")}
            </th>
            <th scope="col">{t("column.status")}</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <th scope="row">{invoice.reference}</th>
              <td>{invoice.order_display_id ? t("orderNumber", { number: invoice.order_display_id }) : ""}</td>
              <td>{(party === "producer" ? invoice.producer_name : invoice.company_name) ?? ""}</td>
              <td>{day(invoice.issued_at)}</td>
              <td>{invoice.due_at ? day(invoice.due_at) : t("notDelivered")}</td>
              <td className={styles.money}>{formatPrice(invoice.amount)}</td>
              <td className={styles.money}>{formatPrice(invoice.outstanding)}</td>
              <td className={invoice.days_overdue > 0 ? styles.overdue : undefined}>
                {invoice.status === "open" && invoice.days_overdue > 0
                  ? t("status.overdue", { days: invoice.days_overdue })
                  : t(`status.${invoice.status}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
