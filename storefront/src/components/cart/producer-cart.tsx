import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { ProducerGroup } from "@/lib/cart/producer-groups"
import { formatPrice } from "@/lib/util/money"
import { CartLineRow } from "./cart-line-row"
import styles from "./cart-view.module.css"

/** One producer's part of the cart: it ships separately, so it is shown and totalled on its own. */
export function ProducerCart({ group, currencyCode }: { group: ProducerGroup; currencyCode: string }) {
  const t = useTranslations("Cart")
  const headingId = `cart-producer-${group.producer?.id ?? "other"}`

  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.groupHeading}>
        {group.producer ? <Link href={`/producers/${group.producer.handle}`}>{group.producer.name}</Link> : t("otherProducer")}
      </h2>
      <ul className={styles.lines}>
        {group.lines.map((line) => (
          <CartLineRow key={line.item.id} line={line} currencyCode={currencyCode} />
        ))}
      </ul>
      <p className={styles.groupSubtotal}>
        <span>{t("groupSubtotal")}</span>
        <strong>{formatPrice(group.itemTotal, currencyCode)}</strong>
      </p>
    </section>
  )
}
