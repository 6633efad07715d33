import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { BANK_TRANSFER_PROVIDER_ID, TERMS_PROVIDER_ID } from "@ocop/shared"
import { Link } from "@/i18n/navigation"
import type { DeliveryKind, LineProduct } from "@/lib/cart/producer-groups"
import type { OrderGroup } from "@/lib/checkout/types"
import { formatPrice } from "@/lib/util/money"
import styles from "./order-confirmation.module.css"
import { ProducerOrderCard } from "./producer-order-card"

type OrderConfirmationProps = {
  group: OrderGroup
  products: LineProduct[]
  deliveryKinds: Record<string, DeliveryKind>
  /** How to pay by bank transfer, drawn by the page (the QR code is async); null for COD. */
  bankTransfer: ReactNode
}

/** After "place order": thanks, the total, how to pay, and one card per producer's order. */
export function OrderConfirmation({ group, products, deliveryKinds, bankTransfer }: OrderConfirmationProps) {
  const t = useTranslations("Order")
  const tLedger = useTranslations("Ledger")
  const providerId = group.payment?.provider_id
  const onTerms = providerId === TERMS_PROVIDER_ID

  return (
    <div className={styles.confirmation}>
      <header className={styles.thanks}>
        <h1 className={styles.title}>{t("title")}</h1>
        <p>{t("lead", { count: group.orders.length })}</p>
        {group.email ? <p>{t("contact", { email: group.email })}</p> : null}
        {group.phone ? <p>{t("contactPhone", { phone: group.phone })}</p> : null}
        {group.guest ? (
          <p className={styles.note}>
            {t("maskedNote")} <Link href="/order-lookup">{t("lookupLink")}</Link>
          </p>
        ) : null}
      </header>

      <section className={styles.panel} aria-labelledby="order-total-heading">
        <h2 id="order-total-heading" className={styles.panelHeading}>
          {t("summary")}
        </h2>
        <p className={`${styles.row} ${styles.groupTotal}`}>
          <span>{t("total")}</span>
          <strong className={styles.money} data-testid="order-group-total">
            {formatPrice(Number(group.total), group.currency_code)}
          </strong>
        </p>
        <p className={styles.note}>{t("vatIncluded")}</p>
        {providerId ? (
          <p className={styles.row}>
            <span>{t("payment")}</span>
            <span>
              {onTerms
                ? tLedger("confirmationName")
                : t(`paymentName.${providerId === BANK_TRANSFER_PROVIDER_ID ? "bank" : "cod"}`)}
            </span>
          </p>
        ) : null}
        {onTerms ? (
          <p className={styles.note}>
            {tLedger("confirmationNote")} <Link href="/account/company/ledger">{tLedger("seeLedger")}</Link>
          </p>
        ) : providerId && providerId !== BANK_TRANSFER_PROVIDER_ID ? (
          <p className={styles.note}>{t("codNote")}</p>
        ) : null}
      </section>

      {bankTransfer}

      <section className={styles.orders} aria-labelledby="producer-orders-heading">
        <h2 id="producer-orders-heading" className={styles.panelHeading}>
          {t("orders")}
        </h2>
        {group.orders.map((order) => (
          <ProducerOrderCard
            key={order.id}
            order={order}
            currencyCode={group.currency_code}
            products={products}
            deliveryKinds={deliveryKinds}
          />
        ))}
      </section>

      <Link href="/products">{t("continueShopping")}</Link>
    </div>
  )
}
