"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { describedBy, FormField } from "@/components/checkout/form-field"
import checkout from "@/components/checkout/checkout.module.css"
import { uploadLogo } from "@/lib/data/producer-account"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { FormMessages } from "./form-messages"
import { useFilePreview } from "./image-manager"
import styles from "./portal.module.css"

export function LogoForm({ logoUrl, name }: { logoUrl: string | null; name: string }) {
  const t = useTranslations("ProducerPortal")
  const [state, formAction, pending] = useActionState(uploadLogo, emptyPortalForm)
  const { preview, choose } = useFilePreview()
  const fileError = state.errors.file ? t(`fieldError.${state.errors.file}`) : undefined
  const shown = preview ?? logoUrl
  return (
    <section className={styles.section} aria-labelledby="logo-heading">
      <h2 id="logo-heading">{t("profile.logoHeading")}</h2>
      {shown ? (
        <img
          src={shown}
          alt={preview ? t("product.preview") : t("profile.logoAlt", { name })}
          className={styles.logo}
        />
      ) : (
        <p className={styles.muted}>{t("profile.noLogo")}</p>
      )}
      <form action={formAction} noValidate className={checkout.form} onSubmit={() => choose(undefined)}>
        <FormMessages state={state} saved={t("saved")} />
        <FormField id="producer-logo" label={t("field.logo")} error={fileError}>
          <input
            id="producer-logo"
            name="file"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            onChange={(event) => choose(event.target.files?.[0])}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy("producer-logo", { error: fileError })}
          />
        </FormField>
        <button type="submit" className={styles.button} disabled={pending}>
          {pending ? t("working") : t("profile.uploadLogo")}
        </button>
      </form>
    </section>
  )
}
