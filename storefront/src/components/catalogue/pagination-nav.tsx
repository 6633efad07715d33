"use client"

import { useTranslations } from "next-intl"
import type { CatalogueState } from "@/lib/catalogue/catalogue-state"
import { CatalogueLink } from "./catalogue-link"
import styles from "./catalogue-view.module.css"
import type { CatalogueSearch } from "./use-catalogue-search"

// Pages shown either side of the current one.
const WINDOW = 2

type PaginationNavProps = {
  search: Pick<CatalogueSearch, "hrefOf" | "navigate">
  state: CatalogueState
  pageCount: number
}

export function PaginationNav({ search, state, pageCount }: PaginationNavProps) {
  const t = useTranslations("Catalogue.pagination")
  if (pageCount <= 1) return null
  const first = Math.max(1, state.page - WINDOW)
  const last = Math.min(pageCount, state.page + WINDOW)
  const pages = Array.from({ length: last - first + 1 }, (_, index) => first + index)
  const to = (page: number) => ({ ...state, page })

  return (
    <nav className={styles.pagination} aria-label={t("label")}>
      {state.page > 1 ? (
        <CatalogueLink search={search} to={to(state.page - 1)}>
          {t("previous")}
        </CatalogueLink>
      ) : null}
      {pages.map((page) => (
        <CatalogueLink
          key={page}
          search={search}
          to={to(page)}
          aria-label={t("page", { page })}
          aria-current={page === state.page ? "page" : undefined}
          className={page === state.page ? styles.currentPage : undefined}
        >
          {page}
        </CatalogueLink>
      ))}
      {state.page < pageCount ? (
        <CatalogueLink search={search} to={to(state.page + 1)}>
          {t("next")}
        </CatalogueLink>
      ) : null}
    </nav>
  )
}
