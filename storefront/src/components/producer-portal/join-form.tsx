"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import checkout from "@/components/checkout/checkout.module.css"
import { acceptInvite } from "@/lib/data/producer-account"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { FormMessages } from "./form-messages"
import { PortalField } from "./portal-field"

/** A colleague's sign-in, made with the invited e-mail, joining the producer that invited it. */
export function JoinForm({ token }: { token: string }) {
  const t = useTranslations("ProducerPortal")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(acceptInvite, emptyPortalForm)
  const field = { state, idPrefix: "producer-join" }
  return (
    <form action={formAction} noValidate className={checkout.form}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <FormMessages state={state} />
      <PortalField {...field} name="name" label={t("field.memberName")} autoComplete="name" />
      <PortalField {...field} name="email" label={t("field.email")} type="email" autoComplete="email" />
      <PortalField
        {...field}
        name="password"
        label={t("field.password")}
        hint={t("hint.password")}
        type="password"
        autoComplete="new-password"
      />
      <button type="submit" className={checkout.submit} disabled={pending}>
        {pending ? t("working") : t("join.submit")}
      </button>
    </form>
  )
}
