import { useTranslations } from "next-intl"
import { OrderInvoiceBuyer } from "@/components/invoices/order-invoice-buyer"
import type { ProducerOrder } from "@/lib/producer-portal/types"
import { formatPrice } from "@/lib/util/money"
import { FulfilmentBadge } from "./fulfilment-badge"
import styles from "./portal.module.css"

/**
 * The payment state's message key: an authorization is COD still to collect, except a card's (money
 * held) and a terms payment's (the company pays the order's invoice after delivery).
 */
export function paymentStatusKey(order: Pick<ProducerOrder, "payment_method" | "payment_status">) {
  if (order.payment_status !== "authorized") return order.payment_status
  if (order.payment_method === "card") return "card_held"
  return order.payment_method === "terms" ? "terms_open" : order.payment_status
}

/** What was ordered, where it goes, what the buyer asked, how it is paid and whether it is. */
export function OrderDetails({ order }: { order: ProducerOrder }) {
  const t = useTranslations("ProducerPortal.order")
  const address = order.shipping_address
  return (
    <>
      <p>
        <FulfilmentBadge status={order.fulfilment_status} />
      </p>
      {order.carrier && order.tracking_number ? (
        <p data-testid="shipment">{t("shipment", { carrier: order.carrier, tracking: order.tracking_number })}</p>
      ) : null}
      {order.fulfilment_status === "canceled" && order.cancel_reason ? (
        <p>{t("canceledBecause", { reason: order.cancel_reason })}</p>
      ) : null}
      <section className={styles.section} aria-labelledby="order-items">
        <h2 id="order-items">{t("itemsHeading")}</h2>
        <ul className={styles.list}>
          {order.items.map((item) => (
            <li key={item.id} className={styles.row}>
              <span>
                {item.title}
                {item.variant_title ? ` – ${item.variant_title}` : ""}{" "}
                <span className={styles.muted}>{t("quantity", { quantity: item.quantity })}</span>
              </span>
              <span>{formatPrice(item.total)}</span>
            </li>
          ))}
        </ul>
        <div className={styles.row}>
          <span>{t("subtotal")}</span>
          <span>{formatPrice(order.subtotal)}</span>
        </div>
        <div className={styles.row}>
          <span>{t("shipping")}</span>
          <span>{formatPrice(order.shipping_total)}</span>
        </div>
        <div className={styles.row}>
          <strong>{t("total")}</strong>
          <strong data-testid="order-total">{formatPrice(order.total)}</strong>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="order-address">
        <h2 id="order-address">{t("addressHeading")}</h2>
        {address ? (
          <p>
            {[address.first_name, address.last_name].filter(Boolean).join(" ")}
            <br />
            {address.phone}
            <br />
            {[address.address_1, address.city, address.province].filter(Boolean).join(", ")}
          </p>
        ) : null}
        <p className={styles.muted}>{order.email}</p>
      </section>
      {order.note ? (
        <section className={styles.section} aria-labelledby="order-note">
          <h2 id="order-note">{t("noteHeading")}</h2>
          <p data-testid="order-note">{order.note}</p>
        </section>
      ) : null}
      {order.invoice_buyer ? <OrderInvoiceBuyer buyer={order.invoice_buyer} /> : null}
      <section className={styles.section} aria-labelledby="order-payment">
        <h2 id="order-payment">{t("paymentHeading")}</h2>
        <p>{t(`paymentMethod.${order.payment_method}`)}</p>
        <p data-testid="payment-status">{t(`paymentStatus.${paymentStatusKey(order)}`)}</p>
      </section>
    </>
  )
}
