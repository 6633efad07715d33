"use client"

import { usePathname, useSearchParams } from "next/navigation"
import { useCallback, useEffect, useMemo, useState } from "react"
import {
  catalogueQueryString,
  parseCatalogueParams,
  type CatalogueScope,
  type CatalogueState,
} from "@/lib/catalogue/catalogue-state"
import type { CatalogueResult } from "@/lib/catalogue/search-types"
import { searchCatalogueFromBrowser } from "@/lib/data/direct-search-browser"

type Loaded = { queryString: string; result: CatalogueResult | null }

/**
 * The catalogue's state lives in the URL alone. The server renders the first page; after that a
 * choice pushes a new URL (so Back restores it) and the results for it are fetched from here.
 */
export function useCatalogueSearch(scope: CatalogueScope, initial: Loaded) {
  const searchParams = useSearchParams()
  const pathname = usePathname()
  // Keyed by value: a re-render with the same URL (or a scope object made anew) must not undo a
  // choice whose pushState the router has not seen yet.
  const urlKey = searchParams.toString()
  const scopeKey = JSON.stringify(scope)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by scopeKey, the scope's value (see above)
  const urlState = useMemo(() => parseCatalogueParams(new URLSearchParams(urlKey), scope), [urlKey, scopeKey])
  // A choice shows at once; the router's copy of the URL catches up a moment later.
  const [state, setState] = useState(urlState)
  const [stateUrl, setStateUrl] = useState(urlState)
  if (stateUrl !== urlState) {
    setStateUrl(urlState)
    setState(urlState)
  }
  const queryString = catalogueQueryString(state, scope)
  const [loaded, setLoaded] = useState<Loaded & { failed: boolean }>({ ...initial, failed: initial.result === null })

  // A server render (a plain link, a reload) brings its own first page.
  const [loadedInitial, setLoadedInitial] = useState(initial)
  if (loadedInitial !== initial) {
    setLoadedInitial(initial)
    setLoaded({ ...initial, failed: initial.result === null })
  }

  useEffect(() => {
    if (loaded.queryString === queryString) return
    let current = true
    searchCatalogueFromBrowser(queryString, scope).then(
      (result) => current && setLoaded({ queryString, result, failed: false }),
      (error: unknown) => {
        console.error("Could not search the catalogue", error)
        if (current) setLoaded((previous) => ({ ...previous, queryString, failed: true }))
      }
    )
    return () => {
      current = false
    }
  }, [queryString, loaded.queryString, scope])

  const hrefOf = useCallback(
    (next: CatalogueState) => {
      const query = catalogueQueryString(next, scope)
      return query ? `${pathname}?${query}` : pathname
    },
    [pathname, scope]
  )

  const navigate = useCallback(
    (next: CatalogueState) => {
      setState(next)
      window.history.pushState(null, "", hrefOf(next))
    },
    [hrefOf]
  )

  return {
    state,
    result: loaded.result,
    failed: loaded.failed,
    loading: loaded.queryString !== queryString,
    navigate,
    hrefOf,
  }
}

export type CatalogueSearch = ReturnType<typeof useCatalogueSearch>
