import type { SearchTypes } from "@medusajs/framework/types"
import { planMeiliSearch, type MeiliResponse, type PlanQuery } from "@ocop/shared"
import type { MultiSearchQuery, SearchResponse } from "./meili"

/**
 * The query planner lives in @ocop/shared, so the storefront's direct Meilisearch path compiles a
 * catalogue query exactly as this provider does. Here it only takes and gives Medusa's types.
 */
type PlannedSearch = {
  queries: MultiSearchQuery[]
  rangeCounts: (responses: SearchResponse[]) => MultiSearchQuery[]
  assemble: (responses: SearchResponse[], rangeResponses: SearchResponse[]) => SearchTypes.SearchResult
}

function planProviderSearch(input: SearchTypes.ProviderSearchQuery, indexUid: string): PlannedSearch {
  const planned = planMeiliSearch(input as unknown as PlanQuery, indexUid)
  return {
    queries: planned.queries as unknown as MultiSearchQuery[],
    rangeCounts: (responses) =>
      planned.rangeCounts(responses as unknown as MeiliResponse[]) as unknown as MultiSearchQuery[],
    assemble: (responses, rangeResponses) =>
      planned.assemble(
        responses as unknown as MeiliResponse[],
        rangeResponses as unknown as MeiliResponse[]
      ) as unknown as SearchTypes.SearchResult,
  }
}

export { planProviderSearch as planSearch }
export type { PlannedSearch }
