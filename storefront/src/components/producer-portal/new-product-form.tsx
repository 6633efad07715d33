"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import checkout from "@/components/checkout/checkout.module.css"
import { createProducerProduct } from "@/lib/data/producer-products"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { MAX_VARIANTS } from "@/lib/producer-portal/product-fields"
import { FormMessages } from "./form-messages"
import { ListingContentFields } from "./listing-content-fields"
import { PortalField } from "./portal-field"
import styles from "./portal.module.css"

/** A new listing: its content and one or more packs with price and stock; it goes to the office's review. */
export function NewProductForm() {
  const t = useTranslations("ProducerPortal")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(createProducerProduct, emptyPortalForm)
  // Rows are numbered once and never reused, so a removed row's typed values do not move to another.
  const [rows, setRows] = useState(() => Array.from({ length: Number(state.values.variant_count ?? 1) }, (_, i) => i))
  const [nextRow, setNextRow] = useState(rows.length)
  const field = { state, idPrefix: "product" }

  return (
    <form action={formAction} noValidate className={checkout.form}>
      <input type="hidden" name="locale" value={locale} />
      <FormMessages state={state} />
      <ListingContentFields state={state} />
      <fieldset className={checkout.fieldset}>
        <legend className={checkout.legend}>{t("product.variantsHeading")}</legend>
        {rows.map((row, index) => (
          <fieldset key={row} className={styles.variantRow}>
            <legend>{t("product.variantLegend", { number: index + 1 })}</legend>
            <PortalField
              {...field}
              name="variant_title"
              errorKey={`variant_title_${index}`}
              label={t("field.variantTitle")}
            />
            <PortalField {...field} name="variant_sku" errorKey={`variant_sku_${index}`} label={t("field.sku")} />
            <PortalField
              {...field}
              name="variant_price"
              errorKey={`variant_price_${index}`}
              label={t("field.price")}
              hint={t("hint.price")}
              inputMode="numeric"
            />
            <PortalField
              {...field}
              name="variant_stock"
              errorKey={`variant_stock_${index}`}
              label={t("field.stock")}
              inputMode="numeric"
            />
            {rows.length > 1 ? (
              <button
                type="button"
                className={styles.linkButton}
                onClick={() => setRows(rows.filter((other) => other !== row))}
              >
                {t("product.removeVariant", { number: index + 1 })}
              </button>
            ) : null}
          </fieldset>
        ))}
        {rows.length < MAX_VARIANTS ? (
          <button
            type="button"
            className={styles.button}
            onClick={() => {
              setRows([...rows, nextRow])
              setNextRow(nextRow + 1)
            }}
          >
            {t("product.addVariant")}
          </button>
        ) : null}
      </fieldset>
      <button type="submit" className={checkout.submit} disabled={pending}>
        {pending ? t("working") : t("product.create")}
      </button>
    </form>
  )
}
