"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import checkout from "@/components/checkout/checkout.module.css"
import { requestQuote } from "@/lib/data/quotes"
import { emptyQuoteForm } from "@/lib/quotes/types"
import { QuoteFormMessages } from "./quote-form-messages"

/**
 * "Yêu cầu báo giá": a verified buyer asks the producer for prices on one variant (quantity, wished
 * delivery day, note). A shopper who is not one is told so by the backend's refusal.
 */
export function RequestQuoteForm({ producerId, variantId }: { producerId: string; variantId: string }) {
  const t = useTranslations("Quotes")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(requestQuote, emptyQuoteForm)
  return (
    <form action={formAction} className={checkout.form} aria-labelledby="request-quote">
      <h2 id="request-quote">{t("requestHeading")}</h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="producer_id" value={producerId} />
      <input type="hidden" name="variant_id" value={variantId} />
      <label htmlFor="quote-quantity">{t("quantity")}</label>
      <input id="quote-quantity" name="quantity" type="number" inputMode="numeric" min={1} defaultValue={10} required />
      <label htmlFor="quote-wished">{t("wishedDelivery")}</label>
      <input id="quote-wished" name="wished_delivery_date" type="date" />
      <label htmlFor="quote-note">{t("note")}</label>
      <textarea id="quote-note" name="note" rows={3} maxLength={2000} />
      <QuoteFormMessages state={state} />
      <button type="submit" className={checkout.submit} disabled={pending}>
        {t("request")}
      </button>
    </form>
  )
}
