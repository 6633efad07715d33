"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import checkout from "@/components/checkout/checkout.module.css"
import { updateProducerProduct } from "@/lib/data/producer-products"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { FormMessages } from "./form-messages"
import { ListingContentFields } from "./listing-content-fields"

/** Edits a listing's content; a rejected listing so corrected goes back to the office. */
export function ProductContentForm({ productId, initial }: { productId: string; initial: Record<string, string> }) {
  const t = useTranslations("ProducerPortal")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(updateProducerProduct, emptyPortalForm)
  return (
    <form action={formAction} noValidate className={checkout.form}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      <FormMessages state={state} saved={t("saved")} />
      <ListingContentFields state={state} initial={initial} />
      <button type="submit" className={checkout.submit} disabled={pending}>
        {pending ? t("working") : t("product.saveContent")}
      </button>
    </form>
  )
}
