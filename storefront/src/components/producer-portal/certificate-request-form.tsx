"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { describedBy, FormField } from "@/components/checkout/form-field"
import checkout from "@/components/checkout/checkout.module.css"
import { requestCertificate } from "@/lib/data/producer-products"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { FormMessages } from "./form-messages"
import { PortalField } from "./portal-field"
import styles from "./portal.module.css"

/** A scan of the product's OCOP certificate (PDF or photo) for the office to record. */
export function CertificateRequestForm({ productId }: { productId: string }) {
  const t = useTranslations("ProducerPortal")
  const [state, formAction, pending] = useActionState(requestCertificate, emptyPortalForm)
  const fileError = state.errors.file ? t(`fieldError.${state.errors.file}`) : undefined
  return (
    <form action={formAction} noValidate className={checkout.form}>
      <input type="hidden" name="product_id" value={productId} />
      <FormMessages state={state} saved={t("product.certificateSent")} />
      <FormField id="certificate-file" label={t("field.certificateFile")} error={fileError}>
        <input
          id="certificate-file"
          name="file"
          type="file"
          accept="application/pdf,image/jpeg,image/png,image/webp"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy("certificate-file", { error: fileError })}
        />
      </FormField>
      <PortalField state={state} idPrefix="certificate" name="note" label={t("field.note")} multiline />
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? t("working") : t("product.sendCertificate")}
      </button>
    </form>
  )
}
