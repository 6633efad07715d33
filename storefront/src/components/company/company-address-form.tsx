"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import checkout from "@/components/checkout/checkout.module.css"
import { ProvinceCommuneFields } from "@/components/places/province-commune-fields"
import { emptyCompanyForm } from "@/lib/company/company-fields"
import { addCompanyAddress } from "@/lib/data/company"
import type { Place } from "@/lib/places/types"
import { CompanyField } from "./company-field"
import { CompanyFormMessages } from "./company-form-messages"

/** A new delivery address of the company, which all its staff may deliver to. */
export function CompanyAddressForm({ provinces }: { provinces: Place[] }) {
  const t = useTranslations("Company")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(addCompanyAddress, emptyCompanyForm)
  const field = { state, idPrefix: "company-address" }
  const placeError = (name: string) => (state.errors[name] ? t(`fieldError.${state.errors[name]}`) : undefined)
  const province = state.values.province_code ?? ""
  return (
    <form action={formAction} noValidate className={checkout.form}>
      <input type="hidden" name="locale" value={locale} />
      <CompanyFormMessages state={state} />
      <CompanyField {...field} name="label" label={t("address.label")} hint={t("address.labelHint")} />
      <CompanyField {...field} name="recipient" label={t("address.recipient")} autoComplete="name" />
      <CompanyField {...field} name="phone" label={t("address.phone")} type="tel" autoComplete="tel" />
      <ProvinceCommuneFields
        idPrefix="company-address"
        provinces={provinces}
        start={{ province_code: province, commune_code: state.values.commune_code ?? "" }}
        startCommunes={{ province_code: province, communes: [] }}
        errors={{ province_code: placeError("province_code"), commune_code: placeError("commune_code") }}
      />
      <CompanyField {...field} name="street" label={t("address.street")} autoComplete="street-address" />
      <button type="submit" className={checkout.submit} disabled={pending}>
        {t("address.add")}
      </button>
    </form>
  )
}
