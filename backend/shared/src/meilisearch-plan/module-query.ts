import { planMeiliSearch } from "./query"
import type {
  MeiliQuery,
  MeiliResponse,
  PlanFacetRequest,
  PlanFieldDefinition,
  PlanFilters,
  PlanIndex,
  PlanQuery,
  PlanResult,
  PlanSearchOptions,
} from "./types"

/** A query as POST /store/search takes it (Medusa's SearchQuery, one index). */
export type ModuleQuery = {
  fields?: string[]
  filters?: PlanFilters
  search_options?: PlanSearchOptions
  pagination?: { skip?: number; take?: number; order?: Record<string, "ASC" | "DESC"> }
}

const DEFAULT_TAKE = 20

function retrievablePaths(fields: Record<string, PlanFieldDefinition>, prefix = ""): string[] {
  return Object.entries(fields).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key
    if (field.type === "object") return retrievablePaths(field.fields ?? {}, path)
    return field.type === "vector" ? [] : [path]
  })
}

/** What the Search Module does before a provider sees a query: `q` lifted out, defaults, facets expanded. */
export function normalizeQuery(query: ModuleQuery, index: PlanIndex): PlanQuery {
  const { q, ...filters } = query.filters ?? {}
  const search_options: PlanSearchOptions = {
    ...(query.search_options ?? {}),
    facets: query.search_options?.facets?.map((f) =>
      typeof f === "string" ? ({ field: f, type: "value" } as PlanFacetRequest) : f
    ),
  }
  return {
    index,
    attributes_to_retrieve: query.fields ?? retrievablePaths(index.fields),
    q: typeof q === "string" ? q : undefined,
    filters: Object.keys(filters).length ? filters : undefined,
    pagination: {
      skip: query.pagination?.skip ?? 0,
      take: query.pagination?.take ?? DEFAULT_TAKE,
      order: query.pagination?.order,
    },
    search_options,
  }
}

function withoutField(filters: PlanFilters | undefined, field: string): PlanFilters | undefined {
  if (!filters) return undefined
  const next: PlanFilters = {}
  for (const [key, value] of Object.entries(filters)) {
    if (key === field) continue
    if ((key === "$and" || key === "$or") && Array.isArray(value)) {
      const branches = value
        .map((branch) => withoutField(branch as PlanFilters, field))
        .filter((branch): branch is PlanFilters => !!branch && Object.keys(branch).length > 0)
      if (branches.length) next[key] = branches
      continue
    }
    if (key === "$not") {
      const stripped = withoutField(value as PlanFilters, field)
      if (stripped && Object.keys(stripped).length) next.$not = stripped
      continue
    }
    next[key] = value
  }
  return Object.keys(next).length ? next : undefined
}

/**
 * The base query plus, for each facet whose field is filtered, one that drops that filter and asks
 * for the facet only: disjunctive facets, as Medusa's Search Module expands them.
 */
export function disjunctiveQueries(query: PlanQuery): { base: PlanQuery; perFacet: [string, PlanQuery][] } {
  const { disjunctive_facets, ...options } = query.search_options ?? {}
  const base: PlanQuery = { ...query, search_options: options }
  if (!disjunctive_facets) return { base, perFacet: [] }
  const perFacet: [string, PlanQuery][] = []
  for (const facet of (options.facets ?? []) as PlanFacetRequest[]) {
    const relaxed = withoutField(query.filters, facet.field)
    if (JSON.stringify(relaxed) === JSON.stringify(query.filters)) continue
    perFacet.push([
      facet.field,
      {
        ...base,
        filters: relaxed,
        pagination: { ...query.pagination, skip: 0, take: 0 },
        search_options: { ...options, facets: [facet], count: "none" },
      },
    ])
  }
  return { base, perFacet }
}

/** Sends a list of Meilisearch queries in one POST /multi-search and returns their results in order. */
export type MultiSearch = (queries: MeiliQuery[]) => Promise<MeiliResponse[]>

/**
 * Plans provider queries, runs them in one multi-search (plus one more only when a range facet's
 * field has more distinct values than Meilisearch counts), and assembles each result.
 */
export async function runPlannedSearches(
  inputs: PlanQuery[],
  indexUidOf: (input: PlanQuery) => string,
  multiSearch: MultiSearch
): Promise<PlanResult[]> {
  const planned = inputs.map((input) => planMeiliSearch(input, indexUidOf(input)))
  const groups = planned.map((p) => p.queries)
  const split = async (sets: MeiliQuery[][]) => {
    const flat = sets.flat()
    const results = flat.length ? await multiSearch(flat) : []
    let offset = 0
    return sets.map((set) => {
      const slice = results.slice(offset, offset + set.length)
      offset += set.length
      return slice
    })
  }
  const responses = await split(groups)
  const rangeQueries = planned.map((p, i) => p.rangeCounts(responses[i]))
  const rangeResponses = rangeQueries.some((q) => q.length) ? await split(rangeQueries) : rangeQueries.map(() => [])
  return planned.map((p, i) => p.assemble(responses[i], rangeResponses[i]))
}

/**
 * POST /store/search's answer for one query, computed straight from Meilisearch: the module's
 * normalization and disjunctive fan-out, then the provider's plan, all in ONE multi-search.
 */
export async function searchDirect(
  query: ModuleQuery,
  index: PlanIndex,
  indexUid: string,
  multiSearch: MultiSearch
): Promise<PlanResult> {
  const { base, perFacet } = disjunctiveQueries(normalizeQuery(query, index))
  const [result, ...relaxed] = await runPlannedSearches(
    [base, ...perFacet.map(([, q]) => q)],
    () => indexUid,
    multiSearch
  )
  if (!perFacet.length) return result
  const facets = { ...(result.facets ?? {}) }
  perFacet.forEach(([field], i) => {
    const facet = relaxed[i].facets?.[field]
    if (facet) facets[field] = facet
  })
  return { ...result, facets }
}
