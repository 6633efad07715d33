import type { SearchTypes } from "@medusajs/framework/types"
import { planSearch as planShared, type MeiliResponse, type PlanQuery } from "@ocop/shared"
import type { MultiSearchQuery, SearchResponse } from "./meili"

/**
 * The query planner lives in @ocop/shared, so the storefront's direct Meilisearch path compiles a
 * catalogue query exactly as this provider does. Here it only takes and gives Medusa's types.
 */
export type PlannedSearch = {
  queries: MultiSearchQuery[]
  rangeCounts: (responses: SearchResponse[]) => MultiSearchQuery[]
  assemble: (responses: SearchResponse[], rangeResponses: SearchResponse[]) => SearchTypes.SearchResult
}

export function planSearch(input: SearchTypes.ProviderSearchQuery, indexUid: string): PlannedSearch {
  const planned = planShared(input as unknown as PlanQuery, indexUid)
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
