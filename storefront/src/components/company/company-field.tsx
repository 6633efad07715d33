"use client"

import { useTranslations } from "next-intl"
import { describedBy, FormField } from "@/components/checkout/form-field"
import checkout from "@/components/checkout/checkout.module.css"
import type { CompanyFormState } from "@/lib/company/company-fields"

type CompanyFieldProps = {
  state: CompanyFormState
  idPrefix: string
  name: string
  label: string
  hint?: string
  type?: "text" | "email" | "tel"
  autoComplete?: string
}

/** One text field of a company form: what was typed, and its error in the page's language. */
export function CompanyField({ state, idPrefix, name, label, hint, type = "text", autoComplete }: CompanyFieldProps) {
  const t = useTranslations("Company")
  const id = `${idPrefix}-${name}`
  const error = state.errors[name] ? t(`fieldError.${state.errors[name]}`) : undefined
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={state.values[name] ?? ""}
        className={checkout.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      />
    </FormField>
  )
}
