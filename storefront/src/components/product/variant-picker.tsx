"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import styles from "./variant-picker.module.css"

/** A variant as the picker shows it; the price is already formatted on the server. */
export type VariantOption = { id: string; title: string; price: string }

/**
 * The selected variant's price, and a choice of pack sizes when there is more than one. Inside a
 * form it posts the chosen variant as `variant_id`.
 */
export function VariantPicker({ variants }: { variants: VariantOption[] }) {
  const t = useTranslations()
  const [selectedId, setSelectedId] = useState(variants[0]?.id)
  const selected = variants.find((variant) => variant.id === selectedId) ?? variants[0]

  return (
    <div className={styles.picker}>
      <p className={styles.price} data-testid="product-price" aria-live="polite">
        {selected ? selected.price : t("Price.unavailable")}
      </p>
      {variants.length === 1 ? (
        <dl className={styles.single}>
          <dt className={styles.label}>{t("Product.variants")}:</dt>
          <dd>
            {variants[0].title}
            <input type="hidden" name="variant_id" value={variants[0].id} />
          </dd>
        </dl>
      ) : null}
      {variants.length > 1 ? (
        <fieldset className={styles.options}>
          <legend className={styles.label}>{t("Product.variants")}</legend>
          {variants.map((variant) => (
            <label key={variant.id} className={styles.option}>
              <input
                type="radio"
                name="variant_id"
                value={variant.id}
                checked={variant.id === selected?.id}
                onChange={() => setSelectedId(variant.id)}
              />
              <span className={styles.optionTitle}>{variant.title}</span>
              <span className={styles.optionPrice}>{variant.price}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  )
}
