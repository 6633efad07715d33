import { useTranslations } from "next-intl"
import type { ProducerGroup } from "@/lib/cart/producer-groups"
import { formatPrice } from "@/lib/util/money"
import styles from "./checkout.module.css"

/** Step 2 once done: how each producer's part reaches the buyer. */
export function DeliverySummary({ groups, currencyCode }: { groups: ProducerGroup[]; currencyCode: string }) {
  const t = useTranslations("Checkout")

  return (
    <dl className={styles.summary}>
      {groups.map(({ producer, shipping }) =>
        producer && shipping ? (
          <div key={producer.id}>
            <dt>{producer.name}</dt>
            <dd>
              {t(`deliveryKind.${shipping.kind}`)} · {shipping.amount > 0 ? formatPrice(shipping.amount, currencyCode) : t("free")}
            </dd>
          </div>
        ) : null
      )}
    </dl>
  )
}
