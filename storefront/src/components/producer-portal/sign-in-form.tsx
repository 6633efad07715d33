"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import checkout from "@/components/checkout/checkout.module.css"
import { signInProducer } from "@/lib/data/producer-account"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { FormMessages } from "./form-messages"
import { PortalField } from "./portal-field"

export function SignInForm() {
  const t = useTranslations("ProducerPortal")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(signInProducer, emptyPortalForm)
  return (
    <form action={formAction} noValidate className={checkout.form}>
      <input type="hidden" name="locale" value={locale} />
      <FormMessages state={state} />
      <PortalField
        state={state}
        idPrefix="producer-sign-in"
        name="email"
        label={t("field.email")}
        type="email"
        autoComplete="email"
      />
      <PortalField
        state={state}
        idPrefix="producer-sign-in"
        name="password"
        label={t("field.password")}
        type="password"
        autoComplete="current-password"
      />
      <button type="submit" className={checkout.submit} disabled={pending}>
        {pending ? t("working") : t("signIn.submit")}
      </button>
    </form>
  )
}
