"use client"

import { useTranslations } from "next-intl"
import { describedBy, FormField } from "@/components/checkout/form-field"
import styles from "@/components/checkout/checkout.module.css"
import { useCommuneChoice } from "@/lib/places/use-commune-choice"
import type { Place } from "@/lib/places/types"
import type { PortalFormState } from "@/lib/producer-portal/form-state"

type PlacePickersProps = {
  provinces: Place[]
  /** The communes of the province the form starts with. */
  initialCommunes: Place[]
  state: PortalFormState
  initial: { province_code: string; commune_code: string }
}

/** The producer's province, then one of that province's communes (loaded when the province changes). */
export function PlacePickers({ provinces, initialCommunes, state, initial }: PlacePickersProps) {
  const t = useTranslations("ProducerPortal")
  const { provinceCode, communeCode, setCommuneCode, chooseProvince, loading, loadedCommunes } = useCommuneChoice(
    { province_code: state.values.province_code ?? initial.province_code, commune_code: state.values.commune_code ?? initial.commune_code },
    { province_code: initial.province_code, communes: initialCommunes }
  )

  const error = (field: "province_code" | "commune_code") => (state.errors[field] ? t(`fieldError.${state.errors[field]}`) : undefined)
  const communeHint = loading ? t("loadingCommunes") : provinceCode ? undefined : t("chooseProvinceFirst")
  return (
    <>
      <FormField id="producer-province_code" label={t("field.province_code")} error={error("province_code")}>
        <select
          id="producer-province_code"
          name="province_code"
          value={provinceCode}
          onChange={(event) => chooseProvince(event.target.value)}
          className={styles.input}
          aria-invalid={error("province_code") ? true : undefined}
          aria-describedby={describedBy("producer-province_code", { error: error("province_code") })}
        >
          <option value="">{t("choose.province")}</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="producer-commune_code" label={t("field.commune_code")} hint={communeHint} error={error("commune_code")}>
        <select
          id="producer-commune_code"
          name="commune_code"
          value={communeCode}
          onChange={(event) => setCommuneCode(event.target.value)}
          disabled={!provinceCode || loading}
          aria-busy={loading || undefined}
          className={styles.input}
          aria-invalid={error("commune_code") ? true : undefined}
          aria-describedby={describedBy("producer-commune_code", { hint: communeHint, error: error("commune_code") })}
        >
          <option value="">{t("choose.commune")}</option>
          {(loadedCommunes ?? []).map((commune) => (
            <option key={commune.code} value={commune.code}>
              {commune.name}
            </option>
          ))}
        </select>
      </FormField>
    </>
  )
}
