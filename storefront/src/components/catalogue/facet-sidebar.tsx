"use client"

import { useTranslations } from "next-intl"
import { LEGAL_FORMS, type LegalForm } from "@ocop/shared"
import { refine, type CatalogueScope, type CatalogueState } from "@/lib/catalogue/catalogue-state"
import {
  PRICE_BANDS,
  PRODUCT_GROUP_SETS,
  PRODUCT_GROUPS,
  STAR_LEVELS,
  type PriceBandKey,
  type ProductGroup,
  type StarLevel,
} from "@/lib/catalogue/facet-options"
import type { CatalogueFacet, CatalogueResult } from "@/lib/catalogue/search-types"
import { FacetOptionsList, type FacetOption } from "./facet-options-list"
import styles from "./facet-sidebar.module.css"
import { useFilterLabel } from "./use-filter-label"

type FacetSidebarProps = {
  state: CatalogueState
  facets: CatalogueResult["facets"]
  scope: CatalogueScope
  provinceNames: Record<string, string>
  onChange: (next: CatalogueState) => void
}

/** The filters beside the results: group → product set, stars, province → former district, producer type, price, stock. */
export function FacetSidebar({ state, facets, scope, provinceNames, onChange }: FacetSidebarProps) {
  const t = useTranslations("Catalogue")
  const wholesale = useTranslations("WholesalePrices")
  const label = useFilterLabel(provinceNames)

  const options = (
    facet: CatalogueFacet,
    values: readonly (string | number)[],
    chosen: (value: string) => boolean
  ): FacetOption[] => {
    const counts = new Map(facets[facet].map((entry) => [entry.value, entry.count]))
    return values.map((value) => {
      const key = String(value)
      return { value: key, label: label(facet, key), count: counts.get(key) ?? 0, checked: chosen(key) }
    })
  }
  // A single choice: ticking a value replaces the previous one, unticking clears it.
  const single =
    <K extends keyof CatalogueState>(field: K, parse: (value: string) => CatalogueState[K]) =>
    (value: string, checked: boolean) =>
      onChange(refine(state, { [field]: checked ? parse(value) : null } as Partial<CatalogueState>))

  const districts = facets.district.map((entry) => entry.value).sort((a, b) => a.localeCompare(b, "vi"))
  const provinces = facets.province
    .map((entry) => entry.value)
    .sort((a, b) => (provinceNames[a] ?? a).localeCompare(provinceNames[b] ?? b, "vi"))

  const toggleType = (value: string, checked: boolean) =>
    onChange(
      refine(state, {
        producerTypes: LEGAL_FORMS.filter((form) => (form === value ? checked : state.producerTypes.includes(form))),
      })
    )
  const inStockCount = facets.stock.find((entry) => entry.value === "true")?.count ?? 0
  const wholesaleCount = facets.wholesale.find((entry) => entry.value === "true")?.count ?? 0

  return (
    <aside className={styles.sidebar} aria-label={t("filters")}>
      {scope.group ? null : (
        <FacetOptionsList
          legend={t("facet.group")}
          name="group"
          options={options("group", PRODUCT_GROUPS, (v) => v === state.group)}
          onToggle={single("group", (v) => v as ProductGroup)}
        />
      )}
      {state.group ? (
        <FacetOptionsList
          legend={t("facet.set")}
          name="set"
          options={options("set", PRODUCT_GROUP_SETS[state.group], (v) => v === String(state.set))}
          onToggle={single("set", Number)}
        />
      ) : null}
      <FacetOptionsList
        legend={t("facet.stars")}
        name="stars"
        options={options("stars", STAR_LEVELS, (v) => v === String(state.stars))}
        onToggle={single("stars", (v) => Number(v) as StarLevel)}
      />
      {scope.province ? null : (
        <FacetOptionsList
          legend={t("facet.province")}
          name="province"
          options={options("province", provinces, (v) => v === state.province)}
          onToggle={single("province", String)}
        />
      )}
      {state.province && !scope.district ? (
        <FacetOptionsList
          legend={t("facet.district")}
          name="district"
          options={options("district", districts, (v) => v === state.district)}
          onToggle={single("district", String)}
        />
      ) : null}
      <FacetOptionsList
        legend={t("facet.type")}
        name="type"
        options={options("type", LEGAL_FORMS, (v) => state.producerTypes.includes(v as LegalForm))}
        onToggle={toggleType}
      />
      <FacetOptionsList
        legend={t("facet.price")}
        name="price"
        options={options(
          "price",
          PRICE_BANDS.map((band) => band.key),
          (v) => v === state.price
        )}
        onToggle={single("price", (v) => v as PriceBandKey)}
      />
      <FacetOptionsList
        legend={t("facet.stock")}
        name="stock"
        options={[{ value: "true", label: t("inStock"), count: inStockCount, checked: state.inStock }]}
        onToggle={(_value, checked) => onChange(refine(state, { inStock: checked }))}
      />
      <FacetOptionsList
        legend={wholesale("filter")}
        name="wholesale"
        options={[{ value: "true", label: wholesale("filter"), count: wholesaleCount, checked: state.wholesale }]}
        onToggle={(_value, checked) => onChange(refine(state, { wholesale: checked }))}
      />
    </aside>
  )
}
