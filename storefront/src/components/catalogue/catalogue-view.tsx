"use client"

import { useTranslations } from "next-intl"
import { useMemo, useRef, useState } from "react"
import { Notice } from "@/components/feedback/notice"
import { activeFilters, refine, type CatalogueScope } from "@/lib/catalogue/catalogue-state"
import type { CatalogueResult } from "@/lib/catalogue/search-types"
import styles from "./catalogue-view.module.css"
import { EmptyResults } from "./empty-results"
import { FacetSidebar } from "./facet-sidebar"
import { PaginationNav } from "./pagination-nav"
import { FIRST_ROW, ResultGrid } from "./result-grid"
import { SearchBox } from "./search-box"
import { SortSelect } from "./sort-select"
import { useCatalogueSearch } from "./use-catalogue-search"

type CatalogueViewProps = {
  scope: CatalogueScope
  /** The canonical query string the server rendered, and its results (null when the search failed). */
  initialQuery: string
  initialResult: CatalogueResult | null
  provinceNames: Record<string, string>
}

/** Search box, sort, facets, results and pages of the catalogue, all kept in the URL. */
export function CatalogueView({ scope, initialQuery, initialResult, provinceNames }: CatalogueViewProps) {
  const t = useTranslations("Catalogue")
  const initial = useMemo(() => ({ queryString: initialQuery, result: initialResult }), [initialQuery, initialResult])
  const search = useCatalogueSearch(scope, initial)
  const { state, result } = search
  // On a phone the filters fill two screens: they wait behind the "Filter" button, results come first.
  const [filtersOpen, setFiltersOpen] = useState(false)
  const resultsHeading = useRef<HTMLHeadingElement>(null)
  const chosenFilters = activeFilters(state, scope).filter((filter) => filter.kind !== "q").length

  const showResults = () => {
    setFiltersOpen(false)
    resultsHeading.current?.focus()
  }

  return (
    <div className={styles.catalogue}>
      <div className={styles.toolbar}>
        <SearchBox query={state.q} onSearch={(q) => search.navigate(refine(state, { q }))} />
        <SortSelect value={state.sort} onChange={(sort) => search.navigate(refine(state, { sort }))} />
        {result ? (
          <button
            type="button"
            className={styles.filterToggle}
            aria-expanded={filtersOpen}
            aria-controls="catalogue-filters"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t("filterButton", { count: chosenFilters })}
          </button>
        ) : null}
      </div>
      {search.failed ? <Notice kind="error">{t("loadError")}</Notice> : null}
      <div className={styles.layout}>
        {result ? (
          <div
            id="catalogue-filters"
            className={filtersOpen ? styles.filters : `${styles.filters} ${styles.filtersClosed}`}
          >
            <FacetSidebar
              state={state}
              facets={result.facets}
              scope={scope}
              provinceNames={provinceNames}
              onChange={search.navigate}
            />
            <button type="button" className={styles.showResults} onClick={showResults}>
              {t("showResults", { count: result.total })}
            </button>
          </div>
        ) : null}
        <section className={styles.results} aria-labelledby="catalogue-results" aria-busy={search.loading}>
          <h2 id="catalogue-results" ref={resultsHeading} tabIndex={-1} className={styles.count} aria-live="polite">
            {result ? t("resultCount", { count: result.total }) : t("results")}
          </h2>
          {result && result.products.length === 0 && !search.loading ? (
            <EmptyResults
              search={search}
              state={state}
              scope={scope}
              total={result.total}
              provinceNames={provinceNames}
            />
          ) : null}
          {result?.products.length ? <ResultGrid products={result.products} eagerCount={FIRST_ROW} /> : null}
          {result ? <PaginationNav search={search} state={state} pageCount={result.pageCount} /> : null}
        </section>
      </div>
    </div>
  )
}
