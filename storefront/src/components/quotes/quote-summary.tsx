import { useLocale, useTranslations } from "next-intl"
import type { Quote } from "@/lib/quotes/types"
import { formatDate } from "@/lib/util/date"
import styles from "@/components/account/account.module.css"

/** The quote's status, validity, wished delivery, note and (once rejected) the reason. */
export function QuoteSummary({ quote }: { quote: Quote }) {
  const t = useTranslations("Quotes")
  const locale = useLocale()
  return (
    <dl className={styles.row}>
      <dt>{t("statusLabel")}</dt>
      <dd role="status">{t(`status.${quote.status}`)}</dd>
      {quote.valid_until ? (
        <>
          <dt>{t("validUntil")}</dt>
          <dd>{formatDate(quote.valid_until, locale)}</dd>
        </>
      ) : null}
      {quote.wished_delivery_date ? (
        <>
          <dt>{t("wishedDelivery")}</dt>
          <dd>{formatDate(quote.wished_delivery_date, locale)}</dd>
        </>
      ) : null}
      {quote.note ? (
        <>
          <dt>{t("note")}</dt>
          <dd>{quote.note}</dd>
        </>
      ) : null}
      {quote.reject_reason ? (
        <>
          <dt>{t("rejectReason")}</dt>
          <dd>{quote.reject_reason}</dd>
        </>
      ) : null}
    </dl>
  )
}
