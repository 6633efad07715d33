import { useLocale, useTranslations } from "next-intl"
import type { Quote } from "@/lib/quotes/types"
import { formatDateTime } from "@/lib/util/date"
import styles from "@/components/account/account.module.css"

/** The messages of both sides, oldest first, each with who wrote it and when. */
export function QuoteThread({ quote }: { quote: Quote }) {
  const t = useTranslations("Quotes")
  const locale = useLocale()
  const messages = quote.messages ?? []
  return (
    <section aria-labelledby="quote-thread">
      <h2 id="quote-thread">{t("threadHeading")}</h2>
      {messages.length ? (
        <ol className={styles.list}>
          {messages.map((message) => (
            <li key={message.id} className={styles.card}>
              <p className={styles.muted}>
                {t(`author.${message.author}`)} · {formatDateTime(message.created_at, locale)}
              </p>
              <p>{message.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("noMessages")}</p>
      )}
    </section>
  )
}
