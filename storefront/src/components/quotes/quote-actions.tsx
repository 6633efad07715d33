"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { quoteIsOpen } from "@ocop/shared"
import checkout from "@/components/checkout/checkout.module.css"
import { acceptQuote, rejectQuote, requestQuoteAgain, sendQuoteMessage } from "@/lib/data/quotes"
import { emptyQuoteForm, type Quote } from "@/lib/quotes/types"
import { QuoteFormMessages } from "./quote-form-messages"

/**
 * What the buyer can do with the quote now: accept the answer (its cart opens at checkout), reject
 * it, ask again, write to the producer. An expired, accepted or rejected quote offers only asking again (expired).
 */
export function QuoteActions({ quote }: { quote: Quote }) {
  const t = useTranslations("Quotes")
  const locale = useLocale()
  const [accepted, accept, accepting] = useActionState(acceptQuote, emptyQuoteForm)
  const [rejected, reject, rejecting] = useActionState(rejectQuote, emptyQuoteForm)
  const [again, askAgain, asking] = useActionState(requestQuoteAgain, emptyQuoteForm)
  const [sent, send, sending] = useActionState(sendQuoteMessage, emptyQuoteForm)
  const open = quoteIsOpen(quote.status)
  return (
    <section aria-labelledby="quote-actions">
      <h2 id="quote-actions">{t("actionsHeading")}</h2>
      {quote.status === "answered" ? (
        <form action={accept} className={checkout.form}>
          <input type="hidden" name="quote_id" value={quote.id} />
          <input type="hidden" name="locale" value={locale} />
          <p>{t("acceptHint")}</p>
          <QuoteFormMessages state={accepted} />
          <button type="submit" className={checkout.submit} disabled={accepting}>
            {t("accept")}
          </button>
        </form>
      ) : null}
      {open ? (
        <form action={send} className={checkout.form}>
          <input type="hidden" name="quote_id" value={quote.id} />
          <label htmlFor="quote-message">{t("messageLabel")}</label>
          <textarea id="quote-message" name="body" rows={3} maxLength={2000} required />
          <QuoteFormMessages state={sent} saved={t("messageSent")} />
          <button type="submit" className={checkout.submit} disabled={sending}>
            {t("send")}
          </button>
        </form>
      ) : (
        <p>{t("readOnly")}</p>
      )}
      {quote.status === "answered" || quote.status === "expired" ? (
        <form action={askAgain} className={checkout.form}>
          <input type="hidden" name="quote_id" value={quote.id} />
          <label htmlFor="quote-again">{t("againLabel")}</label>
          <textarea id="quote-again" name="body" rows={2} maxLength={2000} required />
          <QuoteFormMessages state={again} saved={t("againSent")} />
          <button type="submit" className={checkout.submit} disabled={asking}>
            {t("askAgain")}
          </button>
        </form>
      ) : null}
      {open ? (
        <form action={reject} className={checkout.form}>
          <input type="hidden" name="quote_id" value={quote.id} />
          <label htmlFor="quote-reject">{t("rejectLabel")}</label>
          <input id="quote-reject" name="reason" minLength={3} maxLength={500} required />
          <QuoteFormMessages state={rejected} saved={t("rejected")} />
          <button type="submit" className={checkout.submit} disabled={rejecting}>
            {t("reject")}
          </button>
        </form>
      ) : null}
    </section>
  )
}
