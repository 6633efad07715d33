import type { HttpTypes } from "@medusajs/types"
import type { WholesaleCartSummary } from "@ocop/shared"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { ProducerGroup } from "@/lib/cart/producer-groups"
import type { StandardDelivery } from "@/lib/checkout/free-delivery"
import { formatPrice } from "@/lib/util/money"
import controls from "./cart-controls.module.css"
import styles from "./cart-view.module.css"
import { ProducerCart } from "./producer-cart"

/** The cart page: the lines by producer, each with its subtotal, then the total and the way to checkout. */
export function CartView({
  cart,
  groups,
  deliveries = {},
  wholesale = null,
}: {
  cart: HttpTypes.StoreCart
  groups: ProducerGroup[]
  /** Each producer's standard delivery, by producer id. */
  deliveries?: Record<string, StandardDelivery>
  /** A verified buyer's cart against each producer's wholesale minimum; checkout waits until it is ready. */
  wholesale?: WholesaleCartSummary | null
}) {
  const t = useTranslations("Cart")
  const wholesaleText = useTranslations("WholesalePrices")
  const blocked = !!wholesale && !wholesale.ready

  return (
    <div className={styles.layout}>
      <div className={styles.groups}>
        {groups.map((group) => (
          <ProducerCart
            key={group.producer?.id ?? "other"}
            group={group}
            delivery={group.producer ? deliveries[group.producer.id] : undefined}
            currencyCode={cart.currency_code}
            wholesale={wholesale?.producers.find((part) => part.producer.id === group.producer?.id)}
          />
        ))}
      </div>
      <section className={styles.summary} aria-labelledby="cart-summary-heading">
        <h2 id="cart-summary-heading" className={styles.summaryHeading}>
          {t("summary")}
        </h2>
        <p className={styles.summaryTotal}>
          <span>{t("itemTotal")}</span>
          <strong data-testid="cart-total">{formatPrice(Number(cart.item_total ?? 0), cart.currency_code)}</strong>
        </p>
        <p className={styles.note}>{t("vatIncluded")}</p>
        <p className={styles.note}>{t("shippingLater")}</p>
        {blocked ? (
          <p role="alert" className={styles.note}>
            {wholesaleText("checkoutBlocked")}
          </p>
        ) : (
          <Link href="/checkout" className={`${controls.primary} ${styles.checkout}`}>
            {t("checkout")}
          </Link>
        )}
      </section>
    </div>
  )
}
