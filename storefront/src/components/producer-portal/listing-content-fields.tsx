"use client"

import { useTranslations } from "next-intl"
import { describedBy, FormField } from "@/components/checkout/form-field"
import checkout from "@/components/checkout/checkout.module.css"
import type { PortalFormState } from "@/lib/producer-portal/form-state"
import { PRODUCT_SET_NUMBERS } from "@/lib/producer-portal/product-fields"
import { PortalField } from "./portal-field"

/** A listing's titles, descriptions, product set and growing area, in both languages. */
export function ListingContentFields({
  state,
  initial = {},
}: {
  state: PortalFormState
  initial?: Record<string, string>
}) {
  const t = useTranslations("ProducerPortal")
  const tSet = useTranslations("ProductSet")
  const field = { state, idPrefix: "product" }
  const setError = state.errors.product_set ? t(`fieldError.${state.errors.product_set}`) : undefined
  return (
    <fieldset className={checkout.fieldset}>
      <legend className={checkout.legend}>{t("product.contentHeading")}</legend>
      <PortalField {...field} name="title" label={t("field.title")} defaultValue={initial.title} />
      <PortalField {...field} name="title_en" label={t("field.title_en")} defaultValue={initial.title_en} lang="en" />
      <PortalField
        {...field}
        name="description"
        label={t("field.description")}
        defaultValue={initial.description}
        multiline
      />
      <PortalField
        {...field}
        name="description_en"
        label={t("field.description_en")}
        defaultValue={initial.description_en}
        multiline
      />
      <FormField id="product-product_set" label={t("field.product_set")} error={setError}>
        <select
          id="product-product_set"
          name="product_set"
          defaultValue={state.values.product_set ?? initial.product_set ?? ""}
          className={checkout.input}
          aria-invalid={setError ? true : undefined}
          aria-describedby={describedBy("product-product_set", { error: setError })}
        >
          <option value="">{t("choose.productSet")}</option>
          {PRODUCT_SET_NUMBERS.map((set) => (
            <option key={set} value={set}>
              {`${set}. ${tSet(String(set) as "1")}`}
            </option>
          ))}
        </select>
      </FormField>
      <PortalField
        {...field}
        name="growing_area_code"
        label={t("field.growing_area_code")}
        defaultValue={initial.growing_area_code}
      />
    </fieldset>
  )
}
