import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { ProducerOrder } from "@/lib/producer-portal/types"
import { formatDateTime } from "@/lib/util/date"
import { formatPrice } from "@/lib/util/money"
import styles from "@/components/producer-portal/portal.module.css"
import { InvoiceBuyerDetails } from "./invoice-buyer-details"

type InvoiceRequestListProps = {
  orders: ProducerOrder[]
  count: number
  limit: number
  range: { from: string; to: string }
  page: number
  backwards: boolean
}

/**
 * The producer's orders whose buyer wants a VAT e-invoice, with the buyer's invoice data, a date
 * filter (a plain GET form, so it works without JavaScript) and the XLSX and CSV exports of the range.
 */
export function InvoiceRequestList({ orders, count, limit, range, page, backwards }: InvoiceRequestListProps) {
  const t = useTranslations("ProducerPortalInvoices")
  const locale = useLocale()
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({
      ...Object.fromEntries(Object.entries(range).filter(([, day]) => day)),
      ...extra,
    }).toString()
  const pages = Math.max(1, Math.ceil(count / limit))
  return (
    <>
      <p className={styles.muted}>{t("lead")}</p>
      <form method="get" className={styles.filters} aria-label={t("filterLabel")}>
        <label>
          {t("from")} <input type="date" name="from" defaultValue={range.from} />
        </label>
        <label>
          {t("to")} <input type="date" name="to" defaultValue={range.to} />
        </label>
        <button type="submit" className={styles.button}>
          {t("filter")}
        </button>
      </form>
      <div className={styles.actions}>
        {/* Route handlers, not pages: plain links that download the file. */}
        <a href={`/${locale}/producer/invoices/export?${query({ format: "xlsx" })}`} className={styles.button} download>
          {t("exportXlsx")}
        </a>
        <a href={`/${locale}/producer/invoices/export?${query({ format: "csv" })}`} className={styles.button} download>
          {t("exportCsv")}
        </a>
      </div>
      {backwards ? (
        <p role="alert">{t("backwards")}</p>
      ) : orders.length ? (
        <>
          <p role="status">{t("count", { count })}</p>
          <ul className={styles.list}>
            {orders.map((order) => (
              <li key={order.id} className={styles.card} data-testid="invoice-request">
                <div className={styles.row}>
                  <Link href={`/producer/orders/${order.id}`}>
                    <strong>{t("number", { number: order.display_id })}</strong>
                  </Link>
                  <span>{formatPrice(order.total)}</span>
                </div>
                <p className={styles.muted}>{formatDateTime(order.created_at, locale)}</p>
                {order.invoice_buyer ? <InvoiceBuyerDetails buyer={order.invoice_buyer} /> : null}
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav className={styles.filters} aria-label={t("pagesLabel")}>
              {page > 1 ? (
                <Link href={`/producer/invoices?${query({ page: String(page - 1) })}`}>{t("previous")}</Link>
              ) : null}
              <span>{t("page", { page, pages })}</span>
              {page < pages ? (
                <Link href={`/producer/invoices?${query({ page: String(page + 1) })}`}>{t("next")}</Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : (
        <p role="status">{t("empty")}</p>
      )}
    </>
  )
}
