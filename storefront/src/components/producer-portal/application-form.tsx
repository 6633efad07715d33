"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { LEGAL_FORMS } from "@ocop/shared"
import { describedBy, FormField } from "@/components/checkout/form-field"
import checkout from "@/components/checkout/checkout.module.css"
import { ProvinceCommuneFields } from "@/components/places/province-commune-fields"
import { applyAsProducer, updateProducer } from "@/lib/data/producer-account"
import type { Place } from "@/lib/places/types"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { FormMessages } from "./form-messages"
import { PortalField } from "./portal-field"
import styles from "./portal.module.css"

type ApplicationFormProps = {
  /** `register`: a new sign-in and the application; `profile`: the owner corrects what was sent. */
  mode: "register" | "profile"
  provinces: Place[]
  initialCommunes: Place[]
  initial?: Record<string, string>
  /** Approved: name, legal form and tax code are the office's and not sent. */
  identityFixed?: boolean
  /** Rejected: saving sends the application back to the office. */
  resubmit?: boolean
}

/** The producer's application: who it is, where, and its story; the same checks run on the server. */
export function ApplicationForm({
  mode,
  provinces,
  initialCommunes,
  initial = {},
  identityFixed = false,
  resubmit = false,
}: ApplicationFormProps) {
  const t = useTranslations("ProducerPortal")
  const tLegal = useTranslations("Producer.legalForm")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(mode === "register" ? applyAsProducer : updateProducer, {
    ...emptyPortalForm,
    values: initial,
  })
  const [ethnicLed, setEthnicLed] = useState((state.values.ethnic_minority_led ?? initial.ethnic_minority_led) === "on")
  const field = { state, idPrefix: "producer" }
  const fieldError = (name: string) => (state.errors[name] ? t(`fieldError.${state.errors[name]}`) : undefined)
  const legalError = fieldError("legal_form")

  return (
    <form action={formAction} noValidate className={checkout.form}>
      <input type="hidden" name="locale" value={locale} />
      {identityFixed ? <input type="hidden" name="identity_fixed" value="1" /> : null}
      <FormMessages state={state} saved={t("profile.saved")} />

      {mode === "register" ? (
        <fieldset className={checkout.fieldset}>
          <legend className={checkout.legend}>{t("register.accountLegend")}</legend>
          <PortalField {...field} name="email" label={t("field.email")} type="email" autoComplete="email" />
          <PortalField
            {...field}
            name="password"
            label={t("field.password")}
            hint={t("hint.password")}
            type="password"
            autoComplete="new-password"
          />
        </fieldset>
      ) : null}

      <fieldset className={checkout.fieldset}>
        <legend className={checkout.legend}>{t("register.applicationLegend")}</legend>
        {identityFixed ? (
          <p className={styles.muted}>{t("profile.identityFixed")}</p>
        ) : (
          <>
            <PortalField {...field} name="name" label={t("field.name")} autoComplete="organization" />
            <FormField id="producer-legal_form" label={t("field.legal_form")} error={legalError}>
              <select
                id="producer-legal_form"
                name="legal_form"
                defaultValue={state.values.legal_form ?? ""}
                className={checkout.input}
                aria-invalid={legalError ? true : undefined}
                aria-describedby={describedBy("producer-legal_form", { error: legalError })}
              >
                <option value="">{t("choose.legalForm")}</option>
                {LEGAL_FORMS.map((form) => (
                  <option key={form} value={form}>
                    {tLegal(form)}
                  </option>
                ))}
              </select>
            </FormField>
            <PortalField
              {...field}
              name="tax_code"
              label={t("field.tax_code")}
              hint={t("hint.taxCode")}
              inputMode="numeric"
            />
          </>
        )}
        <PortalField {...field} name="representative" label={t("field.representative")} autoComplete="name" />
        <PortalField
          {...field}
          name="phone"
          label={t("field.phone")}
          hint={t("hint.phone")}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
        />
        <label className={styles.check}>
          <input type="checkbox" name="women_led" defaultChecked={state.values.women_led === "on"} />
          {t("field.women_led")}
        </label>
        <label className={styles.check}>
          <input
            type="checkbox"
            name="ethnic_minority_led"
            checked={ethnicLed}
            onChange={(event) => setEthnicLed(event.target.checked)}
          />
          {t("field.ethnic_minority_led")}
        </label>
        {ethnicLed ? (
          <PortalField {...field} name="ethnic_group" label={t("field.ethnic_group")} hint={t("hint.ethnicGroup")} />
        ) : null}
      </fieldset>

      <fieldset className={checkout.fieldset}>
        <legend className={checkout.legend}>{t("register.addressLegend")}</legend>
        <ProvinceCommuneFields
          idPrefix="producer"
          provinces={provinces}
          start={{
            province_code: state.values.province_code ?? initial.province_code ?? "",
            commune_code: state.values.commune_code ?? initial.commune_code ?? "",
          }}
          startCommunes={{ province_code: initial.province_code ?? "", communes: initialCommunes }}
          errors={{ province_code: fieldError("province_code"), commune_code: fieldError("commune_code") }}
        />
        <PortalField {...field} name="street" label={t("field.street")} autoComplete="address-line1" />
      </fieldset>

      <fieldset className={checkout.fieldset}>
        <legend className={checkout.legend}>{t("register.storyLegend")}</legend>
        <PortalField {...field} name="story_vi" label={t("field.story_vi")} multiline />
        <PortalField {...field} name="story_en" label={t("field.story_en")} multiline />
      </fieldset>

      <button type="submit" className={checkout.submit} disabled={pending}>
        {pending
          ? t("working")
          : mode === "register"
            ? t("register.submit")
            : resubmit
              ? t("profile.resubmit")
              : t("profile.save")}
      </button>
    </form>
  )
}
