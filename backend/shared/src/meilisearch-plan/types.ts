/**
 * The shapes the Meilisearch planner reads and writes: a structural subset of Medusa's SearchTypes
 * (ProviderSearchQuery, SearchResult …) and of the meilisearch client's query/response, so that the
 * backend's provider and the storefront's direct path compile catalogue queries with one code.
 */
export type PlanFacetKind = "value" | "range" | "stats"

export type PlanFieldDefinition = {
  type: string
  searchable?: boolean | { weight?: number }
  filterable?: boolean
  sortable?: boolean
  facetable?: boolean | { types?: PlanFacetKind[] }
  array?: boolean
  fields?: Record<string, PlanFieldDefinition>
}

export type PlanIndex = {
  name: string
  primary_key?: string
  fields: Record<string, PlanFieldDefinition>
  settings?: {
    distinct_attribute?: string
    provider_options?: Record<string, Record<string, unknown>>
  }
}

export type PlanFilters = { [key: string]: unknown }

export type PlanRangeRequest = { key?: string; from?: number | string; to?: number | string }
export type PlanFacetRequest =
  | { field: string; type?: "value"; limit?: number; sort?: "count" | "alpha"; query?: string }
  | { field: string; type: "range"; ranges: PlanRangeRequest[] }
  | { field: string; type: "stats" }

export type PlanHighlight =
  boolean | { fields: string[]; pre_tag?: string; post_tag?: string; snippet?: boolean | { length?: number } }

export type PlanSearchOptions = {
  facets?: (string | PlanFacetRequest)[]
  disjunctive_facets?: boolean
  count?: "exact" | "estimate" | "none"
  attributes_to_search_on?: string[]
  match_strategy?: string
  typo_tolerance?: boolean
  locales?: string[]
  highlight?: PlanHighlight
  distinct?: string
  include_score?: boolean
  min_score?: number
  vector?: unknown
  provider_options?: Record<string, Record<string, unknown>>
}

/** A query as a provider receives it: `q` lifted out of the filters, facets expanded. */
export type PlanQuery = {
  index: PlanIndex
  attributes_to_retrieve: string[]
  q?: string
  filters?: PlanFilters
  pagination?: { skip?: number; take?: number; order?: Record<string, "ASC" | "DESC">; cursor?: unknown }
  search_options?: PlanSearchOptions
}

export type PlanFacetResult =
  | { type: "value"; values: { value: string; count: number }[] }
  | { type: "range"; ranges: { key: string; from?: number; to?: number; count: number }[] }
  | { type: "stats"; min: number; max: number; count: number }

export type PlanResult = {
  hits: {
    id: string
    score?: number
    document: Record<string, unknown>
    highlights?: Record<string, string[]>
  }[]
  facets?: Record<string, PlanFacetResult>
  metadata: { skip: number; take: number; count: number | null; query?: string; processing_time_ms?: number }
}

/** One query of Meilisearch's POST /multi-search body. */
export type MeiliQuery = { indexUid: string; [key: string]: unknown }

/** One result of Meilisearch's POST /multi-search answer. */
export type MeiliResponse = {
  indexUid?: string
  hits: Record<string, unknown>[]
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
  totalHits?: number
  estimatedTotalHits?: number
  processingTimeMs?: number
}

/**
 * A query the planner refuses (an operator the engine lacks, an unknown field). `kind` says how
 * the backend answers it: "not_allowed" and "invalid_data" both become a 400 naming the field.
 */
export class SearchPlanError extends Error {
  readonly kind: "not_allowed" | "invalid_data"
  constructor(kind: "not_allowed" | "invalid_data", message: string) {
    super(message)
    this.name = "SearchPlanError"
    this.kind = kind
  }
}

export function planFail(message: string, kind: "not_allowed" | "invalid_data" = "not_allowed"): never {
  throw new SearchPlanError(kind, message)
}
