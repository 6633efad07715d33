import { useLocale, useTranslations } from "next-intl"
import type { ProducerDashboard } from "@ocop/shared"
import { Link } from "@/i18n/navigation"
import { formatDate } from "@/lib/util/date"
import { formatPrice } from "@/lib/util/money"
import styles from "./portal.module.css"

/** Sales over three periods, what waits to be fulfilled, and what needs attention soon. */
export function DashboardView({ dashboard }: { dashboard: ProducerDashboard }) {
  const t = useTranslations("ProducerPortal.dashboard")
  const locale = useLocale()
  const periods = [
    ["today", dashboard.sales.today],
    ["last7", dashboard.sales.last_7_days],
    ["last30", dashboard.sales.last_30_days],
  ] as const
  return (
    <>
      <section className={styles.section} aria-labelledby="dashboard-sales">
        <h2 id="dashboard-sales">{t("salesHeading")}</h2>
        <dl className={styles.figures}>
          {periods.map(([period, figure]) => (
            <div key={period} className={styles.figure} data-testid={`sales-${period}`}>
              <dt>{t(period)}</dt>
              <dd>{formatPrice(figure.total)}</dd>
              <dd className={styles.muted}>{t("orders", { count: figure.orders })}</dd>
            </div>
          ))}
        </dl>
        <p className={styles.muted} data-testid="sales-counts">
          {t("salesCounts")}
        </p>
      </section>
      <section className={styles.section} aria-labelledby="dashboard-to-fulfil">
        <div className={styles.row}>
          <h2 id="dashboard-to-fulfil">{t("toFulfil")}</h2>
          <strong data-testid="orders-to-fulfil">{dashboard.orders_to_fulfil}</strong>
        </div>
        <div className={styles.row}>
          <span>{t("awaitingPayment")}</span>
          <strong data-testid="orders-awaiting-payment">{dashboard.orders_awaiting_payment}</strong>
        </div>
        <Link href="/producer/orders">{t("viewOrders")}</Link>
      </section>
      <section className={styles.section} aria-labelledby="dashboard-low-stock">
        <h2 id="dashboard-low-stock">{t("lowStock")}</h2>
        {dashboard.low_stock.length ? (
          <ul className={styles.list}>
            {dashboard.low_stock.map((item) => (
              <li key={item.variant_id}>
                <Link href={`/producer/products/${item.product_id}`}>
                  {t("lowStockItem", { title: item.title, variant: item.variant_title, available: item.available })}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.muted}>{t("noLowStock")}</p>
        )}
      </section>
      <section className={styles.section} aria-labelledby="dashboard-expiring">
        <h2 id="dashboard-expiring">{t("expiring")}</h2>
        {dashboard.expiring_certificates.length ? (
          <ul className={styles.list}>
            {dashboard.expiring_certificates.map((certificate) => (
              <li key={`${certificate.product_id}-${certificate.number}`}>
                <Link href={`/producer/products/${certificate.product_id}`}>
                  {t("expiringItem", {
                    title: certificate.title,
                    number: certificate.number,
                    stars: certificate.stars,
                    date: formatDate(certificate.expires_at, locale),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.muted}>{t("noExpiring")}</p>
        )}
      </section>
    </>
  )
}
