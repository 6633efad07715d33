"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import checkout from "@/components/checkout/checkout.module.css"
import { answerProducerQuote, sendProducerQuoteMessage } from "@/lib/data/producer-quotes"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import type { Quote } from "@/lib/quotes/types"
import { FormMessages } from "./form-messages"
import { PortalField } from "./portal-field"
import styles from "./portal.module.css"

/** The producer's answer: a unit price (VND) per line and the last day the prices hold; and a message to the buyer. */
export function QuoteAnswerForm({ quote }: { quote: Quote }) {
  const t = useTranslations("ProducerPortalQuotes")
  const [answered, answer, answering] = useActionState(answerProducerQuote, emptyPortalForm)
  const [sent, send, sending] = useActionState(sendProducerQuoteMessage, emptyPortalForm)
  const open = quote.status === "requested" || quote.status === "answered"
  if (!open) return <p role="status">{t("readOnly")}</p>
  return (
    <>
      <form action={answer} noValidate className={checkout.form} aria-labelledby="quote-answer">
        <h2 id="quote-answer">{t("answerHeading")}</h2>
        <input type="hidden" name="quote_id" value={quote.id} />
        <FormMessages state={answered} saved={t("answered")} />
        {quote.lines.map((line) => (
          <PortalField
            key={line.id}
            state={answered}
            idPrefix="quote"
            name={`price_${line.id}`}
            label={t("priceLabel", { title: line.title, quantity: line.quantity })}
            inputMode="numeric"
            defaultValue={line.unit_price === null ? "" : String(line.unit_price)}
          />
        ))}
        <PortalField state={answered} idPrefix="quote" name="valid_until" label={t("validUntil")} type="date" />
        <div className={styles.actions}>
          <button type="submit" className={checkout.submit} disabled={answering}>
            {t("answer")}
          </button>
        </div>
      </form>
      <form action={send} noValidate className={checkout.form} aria-labelledby="quote-message">
        <h2 id="quote-message">{t("messageHeading")}</h2>
        <input type="hidden" name="quote_id" value={quote.id} />
        <FormMessages state={sent} saved={t("messageSent")} />
        <PortalField state={sent} idPrefix="quote" name="body" label={t("messageLabel")} multiline />
        <div className={styles.actions}>
          <button type="submit" className={checkout.submit} disabled={sending}>
            {t("send")}
          </button>
        </div>
      </form>
    </>
  )
}
