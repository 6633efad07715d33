"use client"

import { useTranslations } from "next-intl"
import styles from "@/components/checkout/checkout.module.css"
import { describedBy, FormField } from "@/components/checkout/form-field"
import type { Place } from "@/lib/places/types"
import { useCommuneChoice } from "@/lib/places/use-commune-choice"

type PlaceCodes = { province_code: string; commune_code: string }
type ProvinceCommunes = { province_code: string; communes: Place[] }

type ProvinceCommuneFieldsProps = {
  /** The form's prefix of field ids: `address` at the checkout, `producer` in the portal. */
  idPrefix: string
  provinces: Place[]
  /** The codes the selects start with: the saved ones, or the last submit's. */
  start: PlaceCodes
  /** The communes of the province the page starts with. */
  startCommunes: ProvinceCommunes
  /** The communes the server sent back with a refused submit: the list before any script has run. */
  answeredCommunes?: ProvinceCommunes
  /** Already worded in the page's language. */
  errors: { province_code?: string; commune_code?: string }
}

/** A province, then one of that province's communes (loaded when the province changes): an address's or a producer's. */
export function ProvinceCommuneFields({
  idPrefix,
  provinces,
  start,
  startCommunes,
  answeredCommunes,
  errors,
}: ProvinceCommuneFieldsProps) {
  const t = useTranslations("Places")
  const { provinceCode, communeCode, setCommuneCode, chooseProvince, loading, loadedCommunes } = useCommuneChoice(
    start,
    startCommunes
  )

  const communes =
    loadedCommunes ?? (answeredCommunes?.province_code === provinceCode ? answeredCommunes.communes : undefined) ?? []
  const communeHint = loading ? t("loadingCommunes") : provinceCode ? undefined : t("chooseProvinceFirst")
  const provinceId = `${idPrefix}-province_code`
  const communeId = `${idPrefix}-commune_code`
  return (
    <>
      <FormField id={provinceId} label={t("province")} error={errors.province_code}>
        <select
          id={provinceId}
          name="province_code"
          value={provinceCode}
          onChange={(event) => chooseProvince(event.target.value)}
          className={styles.input}
          aria-invalid={errors.province_code ? true : undefined}
          aria-describedby={describedBy(provinceId, { error: errors.province_code })}
        >
          <option value="">{t("chooseProvince")}</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={communeId} label={t("commune")} hint={communeHint} error={errors.commune_code}>
        <select
          id={communeId}
          name="commune_code"
          value={communeCode}
          onChange={(event) => setCommuneCode(event.target.value)}
          disabled={!provinceCode || loading}
          aria-busy={loading || undefined}
          className={styles.input}
          aria-invalid={errors.commune_code ? true : undefined}
          aria-describedby={describedBy(communeId, { hint: communeHint, error: errors.commune_code })}
        >
          <option value="">{t("chooseCommune")}</option>
          {communes.map((commune) => (
            <option key={commune.code} value={commune.code}>
              {commune.name}
            </option>
          ))}
        </select>
      </FormField>
    </>
  )
}
