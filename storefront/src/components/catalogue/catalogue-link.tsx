"use client"

import type { MouseEvent, ReactNode } from "react"
import type { CatalogueState } from "@/lib/catalogue/catalogue-state"
import type { CatalogueSearch } from "./use-catalogue-search"

type CatalogueLinkProps = {
  search: Pick<CatalogueSearch, "hrefOf" | "navigate">
  to: CatalogueState
  children: ReactNode
  className?: string
  "aria-current"?: "page"
  "aria-label"?: string
}

/** A real link to another catalogue state (it opens in a new tab too), followed here without a reload. */
export function CatalogueLink({ search, to, children, ...rest }: CatalogueLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
    event.preventDefault()
    search.navigate(to)
  }
  return (
    <a href={search.hrefOf(to)} onClick={onClick} {...rest}>
      {children}
    </a>
  )
}
