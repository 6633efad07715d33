import { useTranslations } from "next-intl"
import type { ProducerGroup } from "@/lib/cart/producer-groups"
import type { DeliveryChoice } from "@/lib/checkout/checkout-state"
import { formatPrice } from "@/lib/util/money"
import styles from "./checkout.module.css"
import { PickupPlaceText } from "./pickup-place-text"

type DeliverySummaryProps = { groups: ProducerGroup[]; choices: DeliveryChoice[]; currencyCode: string }

/** Step 2 once done: how each producer's part reaches the buyer, and where a pickup is. */
export function DeliverySummary({ groups, choices, currencyCode }: DeliverySummaryProps) {
  const t = useTranslations("Checkout")
  const pickupOf = (optionId: string) =>
    choices.flatMap((choice) => choice.options).find((option) => option.id === optionId)?.pickup ?? null

  return (
    <dl className={styles.summary}>
      {groups.map(({ producer, shipping }) => {
        if (!producer || !shipping) return null
        const pickup = shipping.kind === "pickup" ? pickupOf(shipping.optionId) : null
        return (
          <div key={producer.id}>
            <dt>{producer.name}</dt>
            <dd>
              {t(`deliveryKind.${shipping.kind}`)} ·{" "}
              {shipping.amount > 0 ? formatPrice(shipping.amount, currencyCode) : t("free")}
              {pickup ? (
                <>
                  <br />
                  <PickupPlaceText place={pickup} />
                </>
              ) : null}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
