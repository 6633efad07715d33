import type { HttpTypes } from "@medusajs/types"
import { useLocale, useTranslations } from "next-intl"
import { lineTitles, type ProducerGroup } from "@/lib/cart/producer-groups"
import { formatPrice } from "@/lib/util/money"
import styles from "./order-review.module.css"

type OrderReviewProps = { cart: Pick<HttpTypes.StoreCart, "total" | "currency_code">; groups: ProducerGroup[] }

/** What the buyer is about to order: one block per producer with its total, then the total of all. */
export function OrderReview({ cart, groups }: OrderReviewProps) {
  const t = useTranslations("Checkout")
  const locale = useLocale()
  const price = (amount: number) => formatPrice(amount, cart.currency_code)

  return (
    <section className={styles.review} aria-labelledby="order-review-heading">
      <h3 id="order-review-heading" className={styles.heading}>
        {t("review")}
      </h3>
      {groups.map((group) => {
        const headingId = `review-${group.producer?.id ?? "other"}`
        return (
          <section key={headingId} className={styles.producer} aria-labelledby={headingId}>
            <h4 id={headingId} className={styles.producerName}>
              {group.producer?.name ?? t("otherProducer")}
            </h4>
            <ul className={styles.lines}>
              {group.lines.map((line) => {
                const { title, variant } = lineTitles(line, locale)
                return (
                  <li key={line.item.id} className={styles.row}>
                    <span>
                      {variant ? `${title} (${variant})` : title} × {line.item.quantity}
                    </span>
                    <span className={styles.amount}>
                      {price(Number(line.item.total ?? line.item.unit_price * line.item.quantity))}
                    </span>
                  </li>
                )
              })}
            </ul>
            <p className={styles.row}>
              <span>
                {group.shipping
                  ? t(`deliveryKind.${group.shipping.kind}`)
                  : t(group.needsDelivery ? "shippingNotChosen" : "noDeliveryNeeded")}
              </span>
              <span className={styles.amount}>
                {group.shipping ? (group.shipping.amount > 0 ? price(group.shipping.amount) : t("free")) : "—"}
              </span>
            </p>
            <p className={`${styles.row} ${styles.subtotal}`}>
              <span>{t("producerTotal")}</span>
              <span className={styles.amount} data-testid="review-producer-total">
                {price(group.total)}
              </span>
            </p>
          </section>
        )
      })}
      <p className={`${styles.row} ${styles.total}`}>
        <span>{t("total")}</span>
        <strong className={styles.amount} data-testid="review-total">
          {price(Number(cart.total ?? 0))}
        </strong>
      </p>
      <p className={styles.note}>{t("vatIncluded")}</p>
    </section>
  )
}
