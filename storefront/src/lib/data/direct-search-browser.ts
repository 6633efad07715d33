import { parseCatalogueParams, type CatalogueScope } from "../catalogue/catalogue-state"
import { catalogueSearchQuery, toCatalogueResult } from "../catalogue/search-request"
import type { CatalogueResult, SearchResult } from "../catalogue/search-types"
import { createDirectSearchClient } from "./direct-search-core"
import { directSearchSession, searchCatalogue } from "./search"

/** The browser's direct client: tokens from the storefront's server, queries to its same-origin path. */
export const browserDirectSearch = createDirectSearchClient({
  loadSession: () => directSearchSession(),
  multiSearchUrl: () => "/api/search/multi-search",
})

/**
 * A catalogue page from the browser: straight to Meilisearch through the same-origin path when the
 * store has the direct path, else (or if it fails) through the storefront's server action.
 */
export async function searchCatalogueFromBrowser(
  queryString: string,
  scope: CatalogueScope = {}
): Promise<CatalogueResult> {
  try {
    if (await browserDirectSearch.session()) {
      const state = parseCatalogueParams(new URLSearchParams(queryString), scope)
      const result = await browserDirectSearch.search(catalogueSearchQuery(state, scope))
      return toCatalogueResult(result as unknown as SearchResult, state)
    }
  } catch (error) {
    console.warn("The direct search path failed; searching through the server", error)
  }
  return searchCatalogue(queryString, scope)
}
