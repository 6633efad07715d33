import { useTranslations } from "next-intl"
import type { InvoiceBuyer } from "@ocop/shared"
import styles from "@/components/producer-portal/portal.module.css"
import { InvoiceBuyerDetails } from "./invoice-buyer-details"

/** On a producer's order: whom its VAT e-invoice names, as the buyer gave it when ordering. */
export function OrderInvoiceBuyer({ buyer }: { buyer: InvoiceBuyer }) {
  const t = useTranslations("ProducerPortalInvoices")
  return (
    <section className={styles.section} aria-labelledby="order-invoice" data-testid="order-invoice">
      <h2 id="order-invoice">{t("orderHeading")}</h2>
      <p className={styles.muted}>{t(buyer.source === "company" ? "fromCompany" : "fromRequest")}</p>
      <InvoiceBuyerDetails buyer={buyer} />
    </section>
  )
}
