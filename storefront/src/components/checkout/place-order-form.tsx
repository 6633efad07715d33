"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useState, type ReactNode } from "react"
import { CASH_ON_DELIVERY_PROVIDER_ID, TERMS_PROVIDER_ID } from "@ocop/shared"
import { CompanyLimitRefusal } from "@/components/company-staff/approval-request"
import { Link } from "@/i18n/navigation"
import { TERMS_ERRORS, type PlaceOrderState, type TermsErrorCode } from "@/lib/checkout/checkout-state"
import type { PaymentProvider } from "@/lib/checkout/types"
import type { LedgerTerms } from "@/lib/ledger/types"
import { formatPrice } from "@/lib/util/money"
import { placeOrder } from "@/lib/data/checkout"
import styles from "./checkout.module.css"

const INITIAL: PlaceOrderState = { error: null }

const isTermsError = (error: PlaceOrderState["error"]): error is TermsErrorCode =>
  TERMS_ERRORS.includes(error as TermsErrorCode)

function PlaceOrderError({ state }: { state: PlaceOrderState }) {
  const t = useTranslations("Checkout")
  const tLedger = useTranslations("Ledger")
  if (!state.error) return <p role="status" />
  if (state.error === "approvalRequired" || state.error === "spendingLimit") {
    return (
      <div role="alert" className={styles.formError}>
        <CompanyLimitRefusal kind={state.error} />
      </div>
    )
  }
  if (isTermsError(state.error)) {
    return (
      <div role="alert" className={styles.formError}>
        <p>{tLedger(`checkoutError.${state.error}`)}</p>
        {state.error === "overdue" ? <Link href="/account/company/ledger">{tLedger("seeLedger")}</Link> : null}
      </div>
    )
  }

  return (
    <div role="alert" className={styles.formError}>
      <p>{t(`error.${state.error}`, { step: state.step ? t(`step.${state.step}`) : "" })}</p>
      {state.error === "outOfStock" && state.shortItems?.length ? (
        <ul className={styles.shortItems}>
          {state.shortItems.map((item) => (
            <li key={item.title}>{t("shortItem", { title: item.title, available: item.available })}</li>
          ))}
        </ul>
      ) : null}
      {/* Stock, an experience's places and its guests are all put right in the cart. */}
      {state.error === "outOfStock" || state.error === "sessionFull" || state.error === "guestsMissing" ? (
        <Link href="/cart">{t("fixInCart")}</Link>
      ) : null}
      {state.error === "rejected" && state.step ? (
        <Link href={{ pathname: "/checkout", query: { step: state.step } }}>{t("backToStep")}</Link>
      ) : null}
    </div>
  )
}

/** Step 3: the payment method, the review (`children`) and "place order". */
export function PlaceOrderForm({
  providers,
  terms,
  children,
}: {
  providers: PaymentProvider[]
  /** The buyer's company terms, when it may pay on terms. */
  terms?: LedgerTerms | null
  children: ReactNode
}) {
  const t = useTranslations("Checkout")
  const tLedger = useTranslations("Ledger")
  const locale = useLocale()
  const [state, formAction, placing] = useActionState(placeOrder, INITIAL)
  // Controlled, so the choice survives React resetting the form after a refused order.
  const [payment, setPayment] = useState<PaymentProvider>(
    providers.includes(CASH_ON_DELIVERY_PROVIDER_ID) ? CASH_ON_DELIVERY_PROVIDER_ID : providers[0]
  )

  return (
    <form action={formAction} className={styles.form}>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("paymentMethod")}</legend>
        {providers.map((provider) => (
          <label key={provider} className={styles.choice}>
            <input
              type="radio"
              name="payment"
              value={provider}
              checked={provider === payment}
              onChange={() => setPayment(provider)}
            />
            <span className={styles.choiceText}>
              {provider === TERMS_PROVIDER_ID ? (
                <>
                  <span className={styles.choiceTitle}>
                    {tLedger("checkoutName", { days: terms?.net_terms_days ?? 0 })}
                  </span>
                  <span className={styles.hint}>
                    {tLedger("checkoutHint", { available: formatPrice(terms?.available ?? 0) })}
                  </span>
                </>
              ) : (
                <>
                  <span className={styles.choiceTitle}>{t(`paymentName.${provider}`)}</span>
                  <span className={styles.hint}>{t(`paymentHint.${provider}`)}</span>
                </>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      {children}
      <PlaceOrderError state={state} />
      <button type="submit" className={styles.submit} disabled={placing}>
        {placing ? t("placing") : t("placeOrder")}
      </button>
    </form>
  )
}
