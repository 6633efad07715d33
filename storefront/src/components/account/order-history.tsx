import { useFormatter, useLocale, useTranslations } from "next-intl"
import { ReorderButton } from "@/components/bulk-order/reorder-button"
import { Link } from "@/i18n/navigation"
import type { OrderGroup } from "@/lib/checkout/types"
import { reorder } from "@/lib/data/cart"
import { formatPrice } from "@/lib/util/money"
import styles from "./account.module.css"

/**
 * The customer's checkouts, newest first: each producer's order with how far it has got, and "buy
 * again"; a wholesale buyer's "order again" says, line by line, what could not go back into the cart.
 */
export function OrderHistory({ groups, wholesale = false }: { groups: OrderGroup[]; wholesale?: boolean }) {
  const t = useTranslations("Account")
  const format = useFormatter()
  const locale = useLocale()
  if (!groups.length) {
    return (
      <p>
        {t("noOrders")} <Link href="/products">{t("startShopping")}</Link>
      </p>
    )
  }
  return (
    <ol className={styles.list}>
      {groups.map((group) => (
        <li key={group.id} className={styles.card} data-testid="order-history-entry">
          <header className={styles.cardHeader}>
            <strong>
              {format.dateTime(new Date(group.created_at), {
                dateStyle: "medium",
                timeStyle: "short",
                timeZone: "Asia/Ho_Chi_Minh",
              })}
            </strong>
            <span>{formatPrice(Number(group.total), group.currency_code)}</span>
          </header>
          <p className={styles.row}>
            <span>{t("paymentLabel")}</span>
            <span className={styles.status} data-testid="payment-status">
              {t(`paymentStatus.${group.payment_status}`)}
            </span>
          </p>
          <ul className={styles.list}>
            {group.orders.map((order) => (
              <li key={order.id} className={styles.row} data-testid="history-producer-order">
                <span>
                  {t("orderOf", { number: order.display_id, producer: order.producer?.name ?? "" })}
                  {order.tracking_numbers.length ? (
                    <span className={styles.muted}>
                      {" "}
                      · {t("tracking", { numbers: order.tracking_numbers.join(", ") })}
                    </span>
                  ) : null}
                </span>
                <span className={styles.status} data-testid="delivery-status">
                  {t(`deliveryStatus.${order.delivery_status}`)}
                </span>
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Link href={`/order-groups/${group.id}`}>{t("details")}</Link>
            {wholesale ? (
              <ReorderButton orderGroupId={group.id} />
            ) : (
              <form action={reorder}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="order_group_id" value={group.id} />
                <button type="submit" className={styles.linkButton}>
                  {t("reorder")}
                </button>
              </form>
            )}
          </div>
        </li>
      ))}
    </ol>
  )
}
