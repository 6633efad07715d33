"use client"

import { useTranslations } from "next-intl"
import { activeFilters, EMPTY_STATE, type CatalogueScope, type CatalogueState } from "@/lib/catalogue/catalogue-state"
import { CatalogueLink } from "./catalogue-link"
import styles from "./catalogue-view.module.css"
import type { CatalogueSearch } from "./use-catalogue-search"
import { useFilterLabel } from "./use-filter-label"

type EmptyResultsProps = {
  search: Pick<CatalogueSearch, "hrefOf" | "navigate">
  state: CatalogueState
  scope: CatalogueScope
  total: number
  provinceNames: Record<string, string>
}

/** No product on this page: say which choice to drop (a link each), or go back to the first page. */
export function EmptyResults({ search, state, scope, total, provinceNames }: EmptyResultsProps) {
  const t = useTranslations("Catalogue.empty")
  const label = useFilterLabel(provinceNames)
  if (total > 0) {
    return (
      <div role="status" className={styles.empty}>
        <p>{t("pastLastPage")}</p>
        <CatalogueLink search={search} to={{ ...state, page: 1 }}>
          {t("firstPage")}
        </CatalogueLink>
      </div>
    )
  }
  const filters = activeFilters(state, scope)

  return (
    <div role="status" className={styles.empty}>
      <p>{filters.length ? t("noMatch") : t("nothing")}</p>
      {filters.length ? (
        <>
          <p>{t("relax")}</p>
          <ul className={styles.relax}>
            {filters.map((filter) => (
              <li key={`${filter.kind}-${filter.value}`}>
                <CatalogueLink search={search} to={filter.without}>
                  {t("remove", { filter: label(filter.kind, filter.value) })}
                </CatalogueLink>
              </li>
            ))}
            {filters.length > 1 ? (
              <li>
                <CatalogueLink search={search} to={{ ...EMPTY_STATE, sort: state.sort }}>
                  {t("removeAll")}
                </CatalogueLink>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
    </div>
  )
}
