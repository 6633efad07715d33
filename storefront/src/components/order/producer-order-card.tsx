import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { DeliveryKind, LineProduct } from "@/lib/cart/producer-groups"
import type { ProducerOrder } from "@/lib/checkout/types"
import { localizedTitle } from "@/lib/util/localized"
import { formatPrice } from "@/lib/util/money"
import styles from "./order-confirmation.module.css"

type ProducerOrderCardProps = {
  order: ProducerOrder
  currencyCode: string
  products: LineProduct[]
  deliveryKinds: Record<string, DeliveryKind>
}

/** One producer's order: it is packed and sent by that producer, under its own number. */
export function ProducerOrderCard({ order, currencyCode, products, deliveryKinds }: ProducerOrderCardProps) {
  const t = useTranslations("Order")
  const locale = useLocale()
  const price = (amount: number) => formatPrice(Number(amount), currencyCode)
  const headingId = `order-${order.id}`
  const titleOf = (item: ProducerOrder["items"][number]) => {
    const product = products.find((candidate) => candidate.handle === item.product_handle)
    const variant = product?.variants.find((candidate) => candidate.id === item.variant_id)
    if (!product) return item.title
    const title = localizedTitle(product, locale)
    return variant ? `${title} (${localizedTitle(variant, locale)})` : title
  }

  return (
    <article className={styles.order} aria-labelledby={headingId} data-testid="producer-order">
      <header className={styles.orderHeader}>
        <h3 id={headingId} className={styles.orderProducer}>
          {order.producer ? (
            <Link href={`/producers/${order.producer.handle}`}>{order.producer.name}</Link>
          ) : (
            t("otherProducer")
          )}
        </h3>
        <p className={styles.orderNumber}>{t("orderNumber", { number: order.display_id })}</p>
      </header>
      <ul className={styles.items}>
        {order.items.map((item) => (
          <li key={item.id} className={styles.row}>
            <span>
              {titleOf(item)} × {item.quantity}
            </span>
            <span className={styles.money}>{price(item.total)}</span>
          </li>
        ))}
      </ul>
      {order.shipping_methods.map((method, index) => {
        const kind = method.shipping_option_id ? deliveryKinds[method.shipping_option_id] : undefined
        return (
          <p key={index} className={styles.row}>
            <span>{kind ? t(`deliveryKind.${kind}`) : method.name}</span>
            <span className={styles.money}>{Number(method.amount) > 0 ? price(method.amount) : t("free")}</span>
          </p>
        )
      })}
      <p className={`${styles.row} ${styles.orderTotal}`}>
        <span>{t("orderTotal")}</span>
        <strong className={styles.money} data-testid="producer-order-total">
          {price(order.total)}
        </strong>
      </p>
    </article>
  )
}
