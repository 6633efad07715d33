import { useTranslations } from "next-intl"
import type { WholesaleCartPart } from "@ocop/shared"
import { Link } from "@/i18n/navigation"
import type { ProducerGroup } from "@/lib/cart/producer-groups"
import type { StandardDelivery } from "@/lib/checkout/free-delivery"
import { formatPrice } from "@/lib/util/money"
import { CartLineRow } from "./cart-line-row"
import styles from "./cart-view.module.css"
import { WholesalePartNotice } from "./wholesale-part-notice"

/**
 * One producer's part of the cart: it ships separately, so it is shown and totalled on its own,
 * with what its standard delivery costs now when the producer makes it free from some amount.
 */
export function ProducerCart({
  group,
  delivery,
  currencyCode,
  wholesale,
}: {
  group: ProducerGroup
  delivery?: StandardDelivery
  currencyCode: string
  /** This producer's part of a verified buyer's cart, against its wholesale minimum. */
  wholesale?: WholesaleCartPart
}) {
  const t = useTranslations("Cart")
  const headingId = `cart-producer-${group.producer?.id ?? "other"}`

  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.groupHeading}>
        {group.producer ? (
          <Link href={`/producers/${group.producer.handle}`}>{group.producer.name}</Link>
        ) : (
          t("otherProducer")
        )}
      </h2>
      <ul className={styles.lines}>
        {group.lines.map((line) => (
          <CartLineRow
            key={line.item.id}
            line={line}
            currencyCode={currencyCode}
            wholesale={wholesale?.lines.find((candidate) => candidate.line_id === line.item.id)}
          />
        ))}
      </ul>
      <p className={styles.groupSubtotal}>
        <span>{t("groupSubtotal")}</span>
        <strong>{formatPrice(group.itemTotal, currencyCode)}</strong>
      </p>
      {wholesale ? <WholesalePartNotice part={wholesale} /> : null}
      {delivery?.freeFrom ? (
        <p className={styles.note}>
          {delivery.amount === 0
            ? t("freeDeliveryReached")
            : t("freeDeliveryFrom", {
                amount: formatPrice(delivery.freeFrom, currencyCode),
                fee: formatPrice(delivery.amount, currencyCode),
              })}
        </p>
      ) : null}
    </section>
  )
}
