"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { BUYER_TYPES } from "@ocop/shared"
import { describedBy, FormField } from "@/components/checkout/form-field"
import checkout from "@/components/checkout/checkout.module.css"
import { ProvinceCommuneFields } from "@/components/places/province-commune-fields"
import { emptyCompanyForm } from "@/lib/company/company-fields"
import { correctCompany, registerCompany } from "@/lib/data/company"
import type { Place } from "@/lib/places/types"
import { CompanyField } from "./company-field"
import { CompanyFormMessages } from "./company-form-messages"

type CompanyRegisterFormProps = {
  /** `register`: a new company; `correct`: a rejected company's admin sends corrected details again. */
  mode: "register" | "correct"
  provinces: Place[]
  initialCommunes: Place[]
  initial?: Record<string, string>
}

/** Who the buyer company is and where its VAT invoices go; the same checks run on the server. */
export function CompanyRegisterForm({ mode, provinces, initialCommunes, initial = {} }: CompanyRegisterFormProps) {
  const t = useTranslations("Wholesale.register")
  const tCompany = useTranslations("Company")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(mode === "register" ? registerCompany : correctCompany, {
    ...emptyCompanyForm,
    values: initial,
  })
  const field = { state, idPrefix: "company" }
  const buyerTypeError = state.errors.buyer_type ? tCompany(`fieldError.${state.errors.buyer_type}`) : undefined
  const placeError = (name: string) => (state.errors[name] ? tCompany(`fieldError.${state.errors[name]}`) : undefined)
  const province = state.values.invoice_province_code ?? initial.invoice_province_code ?? ""

  return (
    <form action={formAction} noValidate className={checkout.form}>
      <input type="hidden" name="locale" value={locale} />
      <CompanyFormMessages state={state} />
      <fieldset className={checkout.fieldset}>
        <legend className={checkout.legend}>{t("companyLegend")}</legend>
        <CompanyField {...field} name="legal_name" label={tCompany("field.legal_name")} autoComplete="organization" />
        <CompanyField {...field} name="tax_code" label={tCompany("field.tax_code")} hint={t("taxCodeHint")} />
        <div className={checkout.field}>
          <label className={checkout.choice}>
            <input
              type="checkbox"
              name="household_business"
              defaultChecked={(state.values.household_business ?? initial.household_business) === "true"}
            />
            <span>{tCompany("field.household_business")}</span>
          </label>
        </div>
        <FormField id="company-buyer_type" label={tCompany("field.buyer_type")} error={buyerTypeError}>
          <select
            id="company-buyer_type"
            name="buyer_type"
            defaultValue={state.values.buyer_type ?? ""}
            className={checkout.input}
            aria-invalid={buyerTypeError ? true : undefined}
            aria-describedby={describedBy("company-buyer_type", { error: buyerTypeError })}
          >
            <option value="">{t("chooseBuyerType")}</option>
            {BUYER_TYPES.map((type) => (
              <option key={type} value={type}>
                {tCompany(`buyerType.${type}`)}
              </option>
            ))}
          </select>
        </FormField>
        <CompanyField {...field} name="phone" label={tCompany("field.phone")} type="tel" autoComplete="tel" />
      </fieldset>
      <fieldset className={checkout.fieldset}>
        <legend className={checkout.legend}>{t("invoiceLegend")}</legend>
        <CompanyField {...field} name="invoice_email" label={tCompany("field.invoice_email")} type="email" />
        <ProvinceCommuneFields
          idPrefix="company"
          provinces={provinces}
          start={{ province_code: province, commune_code: state.values.invoice_commune_code ?? "" }}
          startCommunes={{ province_code: province, communes: initialCommunes }}
          errors={{ province_code: placeError("province_code"), commune_code: placeError("commune_code") }}
        />
        <CompanyField
          {...field}
          name="invoice_street"
          label={tCompany("field.invoice_street")}
          autoComplete="street-address"
        />
      </fieldset>
      <button type="submit" className={checkout.submit} disabled={pending}>
        {mode === "register" ? t("submit") : t("resubmit")}
      </button>
    </form>
  )
}
