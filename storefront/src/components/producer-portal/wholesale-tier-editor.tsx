"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { ProductWholesale, VariantWholesale } from "@ocop/shared"
import checkout from "@/components/checkout/checkout.module.css"
import { saveVariantWholesale } from "@/lib/data/producer-wholesale"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { TIER_ROWS } from "@/lib/producer-portal/wholesale-fields"
import { formatPrice } from "@/lib/util/money"
import { FormMessages } from "./form-messages"
import { PortalField } from "./portal-field"
import styles from "./portal.module.css"

/** One pack's wholesale terms: minimum, case pack and up to TIER_ROWS tiers. */
function VariantWholesaleForm({ productId, variant }: { productId: string; variant: VariantWholesale }) {
  const t = useTranslations("ProducerPortalWholesale")
  const portal = useTranslations("ProducerPortal")
  const [state, formAction, pending] = useActionState(saveVariantWholesale, emptyPortalForm)
  const idPrefix = `wholesale-${variant.variant_id}`
  return (
    <li className={styles.card}>
      <form action={formAction} noValidate className={checkout.form}>
        <input type="hidden" name="product_id" value={productId} />
        <input type="hidden" name="variant_id" value={variant.variant_id} />
        <h3>{variant.title}</h3>
        <p className={styles.muted}>
          {variant.retail_price === null ? t("noRetail") : t("retail", { price: formatPrice(variant.retail_price) })}
        </p>
        <FormMessages state={state} saved={portal("saved")} />
        <div className={styles.variantRow}>
          <PortalField
            state={state}
            idPrefix={idPrefix}
            name="min_quantity"
            label={t("minQuantity")}
            inputMode="numeric"
            defaultValue={String(variant.min_quantity)}
          />
          <PortalField
            state={state}
            idPrefix={idPrefix}
            name="case_pack"
            label={t("casePack")}
            hint={t("casePackHint")}
            inputMode="numeric"
            defaultValue={String(variant.case_pack)}
          />
        </div>
        {Array.from({ length: TIER_ROWS }, (_, i) => (
          <fieldset key={i} className={styles.variantRow}>
            <legend>{t("tierLegend", { number: i + 1 })}</legend>
            <PortalField
              state={state}
              idPrefix={idPrefix}
              name={`tier_min_${i}`}
              label={t("tierFrom")}
              inputMode="numeric"
              defaultValue={variant.tiers[i] ? String(variant.tiers[i].min_quantity) : ""}
            />
            <PortalField
              state={state}
              idPrefix={idPrefix}
              name={`tier_amount_${i}`}
              label={t("tierPrice")}
              inputMode="numeric"
              defaultValue={variant.tiers[i] ? String(variant.tiers[i].amount) : ""}
            />
          </fieldset>
        ))}
        <button type="submit" className={styles.button} disabled={pending}>
          {t("saveTiers")}
        </button>
      </form>
    </li>
  )
}

/** The wholesale section of a product's portal page: each pack's tiers, minimum and case pack. */
export function WholesaleTierEditor({ wholesale, readOnly }: { wholesale: ProductWholesale; readOnly: boolean }) {
  const t = useTranslations("ProducerPortalWholesale")
  return (
    <section className={styles.section} aria-labelledby="wholesale-heading">
      <h2 id="wholesale-heading">{t("tiersHeading")}</h2>
      <p className={styles.muted}>{t("tiersLead")}</p>
      {readOnly ? null : (
        <ul className={styles.list}>
          {wholesale.variants.map((variant) => (
            <VariantWholesaleForm key={variant.variant_id} productId={wholesale.product_id} variant={variant} />
          ))}
        </ul>
      )}
    </section>
  )
}
