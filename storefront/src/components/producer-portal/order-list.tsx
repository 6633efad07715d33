import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { FULFILMENT_STATUSES, type FulfilmentStatus, type ProducerOrder } from "@/lib/producer-portal/types"
import { formatDateTime } from "@/lib/util/date"
import { formatPrice } from "@/lib/util/money"
import { FulfilmentBadge } from "./fulfilment-badge"
import { paymentStatusKey } from "./order-details"
import styles from "./portal.module.css"

/** The producer's orders, newest first, filtered by how far their fulfilment has got, each with its payment state and note. */
export function OrderList({ orders, status }: { orders: ProducerOrder[]; status?: FulfilmentStatus }) {
  const t = useTranslations("ProducerPortal")
  const locale = useLocale()
  return (
    <>
      <nav className={styles.filters} aria-label={t("orders.filterLabel")}>
        {[undefined, ...FULFILMENT_STATUSES].map((filter) => (
          <Link
            key={filter ?? "all"}
            href={filter ? `/producer/orders?fulfilment_status=${filter}` : "/producer/orders"}
            aria-current={filter === status ? "page" : undefined}
          >
            {filter ? t(`fulfilment.${filter}`) : t("orders.all")}
          </Link>
        ))}
      </nav>
      {orders.length ? (
        <ul className={styles.list}>
          {orders.map((order) => (
            <li key={order.id} className={styles.card} data-testid="portal-order">
              <div className={styles.row}>
                <Link href={`/producer/orders/${order.id}`}>
                  <strong>{t("orders.number", { number: order.display_id })}</strong>
                </Link>
                <FulfilmentBadge status={order.fulfilment_status} />
              </div>
              <div className={styles.row}>
                <span className={styles.muted}>
                  {formatDateTime(order.created_at, locale)} ·{" "}
                  {t("orders.items", { count: order.items.reduce((sum, item) => sum + item.quantity, 0) })}
                </span>
                <span>{formatPrice(order.total)}</span>
              </div>
              <div className={styles.row}>
                <span data-testid="portal-order-payment">{t(`order.paymentStatus.${paymentStatusKey(order)}`)}</span>
                {order.note ? (
                  <span className={styles.muted}>
                    {t("orders.hasNote")}: {order.note}
                  </span>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p role="status">{t("orders.empty")}</p>
      )}
    </>
  )
}
