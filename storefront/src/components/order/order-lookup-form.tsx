"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { describedBy, FormField } from "@/components/checkout/form-field"
import styles from "@/components/checkout/checkout.module.css"
import { lookUpOrderGroup } from "@/lib/data/order-groups"
import { emptyOrderLookup } from "@/lib/order/order-lookup"

const FIELDS = [
  { name: "display_id", type: "text", inputMode: "numeric", autoComplete: "off" },
  { name: "phone", type: "tel", inputMode: "tel", autoComplete: "tel" },
] as const

/** A guest's way back to its order: the number from the e-mail and the phone it was delivered to. */
export function OrderLookupForm() {
  const t = useTranslations("OrderLookup")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(lookUpOrderGroup, emptyOrderLookup)
  const hasErrors = Object.keys(state.errors).length > 0

  return (
    <form action={formAction} noValidate className={styles.form}>
      <input type="hidden" name="locale" value={locale} />
      {hasErrors || state.error ? (
        <p role="alert" className={styles.formError}>
          {state.error ? t(`error.${state.error}`) : t("fixFields")}
        </p>
      ) : null}
      {FIELDS.map((field) => {
        const id = `order-lookup-${field.name}`
        const code = state.errors[field.name]
        const error = code ? t(`fieldError.${code}`) : undefined
        const hint = t(`hint.${field.name}`)
        return (
          <FormField key={field.name} id={id} label={t(`field.${field.name}`)} hint={hint} error={error}>
            <input
              id={id}
              name={field.name}
              type={field.type}
              inputMode={field.inputMode}
              autoComplete={field.autoComplete}
              defaultValue={state.values[field.name]}
              className={styles.input}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(id, { hint, error })}
            />
          </FormField>
        )
      })}
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? t("working") : t("submit")}
      </button>
    </form>
  )
}
