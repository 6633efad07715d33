"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { ListingVariant } from "@ocop/shared"
import checkout from "@/components/checkout/checkout.module.css"
import { saveVariant, setVariantStock } from "@/lib/data/producer-products"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { FormMessages } from "./form-messages"
import { PortalField } from "./portal-field"
import styles from "./portal.module.css"

/** One pack: its title and price, and apart from them its stock (a different backend call). */
function VariantRow({ productId, variant, number }: { productId: string; variant: ListingVariant; number: number }) {
  const t = useTranslations("ProducerPortal")
  const [state, formAction, pending] = useActionState(saveVariant, emptyPortalForm)
  const [stockState, stockAction, stocking] = useActionState(setVariantStock, emptyPortalForm)
  const idPrefix = `variant-${variant.id}`
  return (
    <li className={styles.card} aria-label={t("product.variantLegend", { number })} data-testid="portal-variant">
      <form action={formAction} noValidate className={checkout.form}>
        <input type="hidden" name="product_id" value={productId} />
        <input type="hidden" name="variant_id" value={variant.id} />
        <FormMessages state={state} saved={t("saved")} />
        <div className={styles.variantRow}>
          <PortalField
            state={state}
            idPrefix={idPrefix}
            name="title"
            label={t("field.variantTitle")}
            defaultValue={variant.title}
          />
          <PortalField
            state={state}
            idPrefix={idPrefix}
            name="price"
            label={t("field.price")}
            hint={t("hint.price")}
            inputMode="numeric"
            defaultValue={variant.price === null ? "" : String(variant.price)}
          />
        </div>
        <button type="submit" className={styles.button} disabled={pending}>
          {t("product.saveVariant")}
        </button>
      </form>
      <form action={stockAction} noValidate className={checkout.form}>
        <input type="hidden" name="product_id" value={productId} />
        <input type="hidden" name="variant_id" value={variant.id} />
        <FormMessages state={stockState} saved={t("saved")} />
        <PortalField
          state={stockState}
          idPrefix={idPrefix}
          name="quantity"
          label={t("field.stock")}
          inputMode="numeric"
          defaultValue={String(variant.stock)}
        />
        <span className={styles.muted}>{t("product.available", { available: variant.available })}</span>
        <button type="submit" className={styles.button} disabled={stocking}>
          {t("product.saveStock")}
        </button>
      </form>
    </li>
  )
}

function NewVariantForm({ productId }: { productId: string }) {
  const t = useTranslations("ProducerPortal")
  const [state, formAction, pending] = useActionState(saveVariant, emptyPortalForm)
  const field = { state, idPrefix: "new-variant" }
  return (
    <form action={formAction} noValidate className={checkout.form}>
      <input type="hidden" name="product_id" value={productId} />
      <fieldset className={styles.variantRow}>
        <legend>{t("product.newVariantLegend")}</legend>
        <FormMessages state={state} saved={t("saved")} />
        <PortalField {...field} name="title" label={t("field.variantTitle")} />
        <PortalField {...field} name="price" label={t("field.price")} hint={t("hint.price")} inputMode="numeric" />
        <PortalField {...field} name="stock" label={t("field.stock")} inputMode="numeric" />
      </fieldset>
      <button type="submit" className={styles.button} disabled={pending}>
        {t("product.addVariant")}
      </button>
    </form>
  )
}

export function VariantEditor({
  productId,
  variants,
  readOnly,
}: {
  productId: string
  variants: ListingVariant[]
  readOnly: boolean
}) {
  const t = useTranslations("ProducerPortal")
  return (
    <section className={styles.section} aria-labelledby="variants-heading">
      <h2 id="variants-heading">{t("product.variantsHeading")}</h2>
      <ul className={styles.list}>
        {variants.map((variant, index) => (
          <VariantRow key={variant.id} productId={productId} variant={variant} number={index + 1} />
        ))}
      </ul>
      {readOnly ? null : <NewVariantForm productId={productId} />}
    </section>
  )
}
