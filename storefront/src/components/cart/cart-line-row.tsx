import { useLocale, useTranslations } from "next-intl"
import { MAX_WHOLESALE_LINE_QUANTITY, orderLimits, type WholesaleCartLine } from "@ocop/shared"
import { Link } from "@/i18n/navigation"
import { availableQuantity, bookingOfLine, lineTitles, type CartLine } from "@/lib/cart/producer-groups"
import { formatPrice } from "@/lib/util/money"
import { LineControls } from "./line-controls"
import styles from "./cart-view.module.css"

/**
 * One line of the cart: the product, its pack size and price, what it costs, and its controls. A
 * verified buyer's line (`wholesale`) is bounded by the wholesale minimum and up to 10.000 units.
 */
export function CartLineRow({
  line,
  currencyCode,
  wholesale,
}: {
  line: CartLine
  currencyCode: string
  wholesale?: WholesaleCartLine
}) {
  const t = useTranslations("Cart")
  const experience = useTranslations("Experience.cart")
  const locale = useLocale()
  const { item } = line
  const { title, variant } = lineTitles(line, locale)
  const available = availableQuantity(line)
  const booking = bookingOfLine(item)
  // A booking's line is priced through its experience's product, which has no page of its own.
  const handle = booking ? null : (line.product?.handle ?? item.product_handle)
  const limits = wholesale
    ? { min: wholesale.min_quantity, max: MAX_WHOLESALE_LINE_QUANTITY }
    : orderLimits(line.product?.variants.find((candidate) => candidate.id === item.variant_id)?.metadata)

  return (
    <li className={styles.line}>
      {item.thumbnail ? (
        <img
          className={styles.thumbnail}
          src={item.thumbnail}
          alt=""
          width={160}
          height={160}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <div className={styles.thumbnail} />
      )}
      <div className={styles.lineBody}>
        <h3 className={styles.lineTitle}>{handle ? <Link href={`/products/${handle}`}>{title}</Link> : title}</h3>
        <p className={styles.lineMeta}>
          {variant ? `${variant} · ` : ""}
          {t("unitPrice", { price: formatPrice(item.unit_price, currencyCode) })}
        </p>
        {available !== null && available < item.quantity ? (
          <p className={styles.stockWarning}>{t("error.notEnoughStockLeft", { available: Math.max(0, available) })}</p>
        ) : null}
        {/* A booking's lines change with the booking (below the cart's goods), not by quantity. */}
        {booking ? (
          <p className={styles.lineMeta}>{experience("bookingLine")}</p>
        ) : (
          <LineControls lineId={item.id} quantity={item.quantity} title={title} limits={limits} />
        )}
      </div>
      <p className={styles.lineTotal}>
        {formatPrice(Number(item.total ?? item.unit_price * item.quantity), currencyCode)}
      </p>
    </li>
  )
}
