"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import type { DeliveryChoice, DeliveryFormState } from "@/lib/checkout/checkout-state"
import { inBuyersProvince } from "@/lib/checkout/delivery-options"
import { saveDelivery } from "@/lib/data/checkout"
import { formatPrice } from "@/lib/util/money"
import styles from "./checkout.module.css"
import { PickupPlaceText } from "./pickup-place-text"

const INITIAL: DeliveryFormState = { missing: [] }

type DeliveryFormProps = {
  choices: DeliveryChoice[]
  currencyCode: string
  /** The province of the delivery address, to say which pickup places lie outside it. */
  buyerProvince: string | null
}

/** Step 2: each producer ships its own part, so the buyer picks delivery or pickup per producer. */
export function DeliveryForm({ choices, currencyCode, buyerProvince }: DeliveryFormProps) {
  const t = useTranslations("Checkout")
  const locale = useLocale()
  const [state, formAction, saving] = useActionState(saveDelivery, INITIAL)

  return (
    <form action={formAction} className={styles.form}>
      <input type="hidden" name="locale" value={locale} />
      <p className={styles.lead}>{t("deliveryLead")}</p>
      {state.error || state.missing.length > 0 ? (
        <p role="alert" className={styles.formError}>
          {state.error ? t(`error.${state.error}`) : t("fixFields")}
        </p>
      ) : null}
      {choices.map(({ producer, options, selected }) => {
        const missing = state.missing.includes(producer.id)
        const errorId = `delivery-${producer.id}-error`
        // Delivery to the door unless the buyer chose otherwise before.
        const checkedId = selected ?? options.find((option) => option.kind === "standard")?.id ?? options[0]?.id
        return (
          <fieldset key={producer.id} className={styles.fieldset} aria-describedby={missing ? errorId : undefined}>
            <legend className={styles.legend}>{t("deliveryFrom", { producer: producer.name })}</legend>
            {options.map((option) => (
              <label key={option.id} className={styles.choice}>
                <input
                  type="radio"
                  name={`delivery_${producer.id}`}
                  value={option.id}
                  defaultChecked={option.id === checkedId}
                />
                <span className={styles.choiceText}>
                  <span className={styles.choiceTitle}>{t(`deliveryKind.${option.kind}`)}</span>
                  <span className={styles.hint}>{t(`deliveryHint.${option.kind}`)}</span>
                  {option.pickup ? (
                    <>
                      <PickupPlaceText place={option.pickup} />
                      {buyerProvince && !inBuyersProvince(option.pickup, buyerProvince) ? (
                        <span className={styles.warning}>
                          {t("pickupOtherProvince", { province: option.pickup.province, buyerProvince })}
                        </span>
                      ) : null}
                    </>
                  ) : null}
                  {option.freeFrom ? (
                    <span className={styles.hint}>
                      {t("freeDeliveryFrom", { amount: formatPrice(option.freeFrom, currencyCode) })}
                    </span>
                  ) : null}
                </span>
                <span className={styles.choicePrice}>
                  {option.amount > 0 ? formatPrice(option.amount, currencyCode) : t("free")}
                </span>
              </label>
            ))}
            {options.length === 0 ? <p className={styles.hint}>{t("noDelivery")}</p> : null}
            {missing ? (
              <p id={errorId} className={styles.fieldError}>
                {t("chooseDelivery")}
              </p>
            ) : null}
          </fieldset>
        )
      })}
      <button type="submit" className={styles.submit} disabled={saving}>
        {saving ? t("saving") : t("continue")}
      </button>
    </form>
  )
}
