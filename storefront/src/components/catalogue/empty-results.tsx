"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import {
  activeFilters,
  EMPTY_STATE,
  refine,
  type CatalogueScope,
  type CatalogueState,
} from "@/lib/catalogue/catalogue-state"
import { suggestSearch } from "@/lib/data/search-suggestion"
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
  const suggestion = useSuggestion(total > 0 ? "" : state.q)
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
      {suggestion ? (
        <p className={styles.suggestion}>
          {t("didYouMean")}{" "}
          <CatalogueLink search={search} to={refine(state, { q: suggestion })}>
            {suggestion}
          </CatalogueLink>
        </p>
      ) : null}
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

/** The catalogue's closest query to a search that found nothing; null while asking or when there is none. */
function useSuggestion(q: string) {
  const [answer, setAnswer] = useState<{ q: string; suggestion: string | null } | null>(null)
  useEffect(() => {
    if (!q) return
    let current = true
    suggestSearch(q).then(
      (suggestion) => current && setAnswer({ q, suggestion }),
      () => current && setAnswer({ q, suggestion: null })
    )
    return () => {
      current = false
    }
  }, [q])
  return answer?.q === q ? answer.suggestion : null
}
