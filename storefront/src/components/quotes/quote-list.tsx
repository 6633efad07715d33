import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Quote } from "@/lib/quotes/types"
import { formatDate } from "@/lib/util/date"
import { formatPrice } from "@/lib/util/money"
import styles from "@/components/account/account.module.css"

/**
 * Quotes newest first, each linking to its page (`hrefBase` + id): the buyer's list names the
 * producer, the producer's inbox the asking company.
 */
export function QuoteList({
  quotes,
  hrefBase,
  counterpart,
}: {
  quotes: Quote[]
  hrefBase: string
  counterpart: "producer" | "company"
}) {
  const t = useTranslations("Quotes")
  const locale = useLocale()
  if (!quotes.length) return <p>{t("none")}</p>
  return (
    <ul className={styles.list}>
      {quotes.map((quote) => (
        <li key={quote.id} className={styles.card} data-testid="quote">
          <div className={styles.cardHeader}>
            <Link href={`${hrefBase}/${quote.id}`}>
              {counterpart === "producer" ? quote.producer?.name : quote.company?.legal_name}
            </Link>
            <span className={styles.status}>{t(`status.${quote.status}`)}</span>
          </div>
          <p className={styles.muted}>
            {t("askedOn", { date: formatDate(quote.created_at, locale) })} ·{" "}
            {t("lineCount", { count: quote.lines.length })}
            {quote.total !== null ? ` · ${formatPrice(quote.total)}` : null}
          </p>
        </li>
      ))}
    </ul>
  )
}
