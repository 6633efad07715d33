import { useTranslations } from "next-intl"
import type { QuoteFormState } from "@/lib/quotes/types"
import checkout from "@/components/checkout/checkout.module.css"

/** A quote form's outcome: the refusal in the shopper's language (role=alert), or that it was done (role=status). */
export function QuoteFormMessages({ state, saved }: { state: QuoteFormState; saved?: string }) {
  const t = useTranslations("Quotes")
  if (state.error) {
    return (
      <div role="alert" className={checkout.formError}>
        <span>{t(`error.${state.error}`)}</span>
        {state.field ? <span>{t("fieldNamed", { field: state.field })}</span> : null}
      </div>
    )
  }
  if (state.saved && saved) return <p role="status">{saved}</p>
  return null
}
