"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import checkout from "@/components/checkout/checkout.module.css"
import { saveWholesaleSettings } from "@/lib/data/producer-wholesale"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { FormMessages } from "./form-messages"
import { PortalField } from "./portal-field"
import styles from "./portal.module.css"

/** The producer's minimum wholesale order value (empty: none). */
export function WholesaleSettingsForm({ minimum, readOnly }: { minimum: number | null; readOnly: boolean }) {
  const t = useTranslations("ProducerPortalWholesale")
  const portal = useTranslations("ProducerPortal")
  const [state, formAction, pending] = useActionState(saveWholesaleSettings, emptyPortalForm)
  return (
    <section className={styles.section} aria-labelledby="wholesale-settings-heading">
      <h2 id="wholesale-settings-heading">{t("settingsHeading")}</h2>
      <form action={formAction} noValidate className={checkout.form}>
        <FormMessages state={state} saved={portal("saved")} />
        <PortalField
          state={state}
          idPrefix="wholesale"
          name="wholesale_min_order_value"
          label={t("minimumLabel")}
          hint={t("minimumHint")}
          inputMode="numeric"
          disabled={readOnly}
          defaultValue={minimum === null ? "" : String(minimum)}
        />
        {readOnly ? null : (
          <button type="submit" className={styles.button} disabled={pending}>
            {t("save")}
          </button>
        )}
      </form>
    </section>
  )
}
