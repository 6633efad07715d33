"use client"

import { useTranslations } from "next-intl"
import checkout from "@/components/checkout/checkout.module.css"
import type { CompanyFormState } from "@/lib/company/company-fields"

/** A company form's refusal, announced at once. */
export function CompanyFormMessages({ state }: { state: CompanyFormState }) {
  const t = useTranslations("Company")
  if (!state.error) return null
  return (
    <div role="alert" className={checkout.formError}>
      {t(`error.${state.error}`)}
    </div>
  )
}
