import { engineAttribute, facetKinds, FieldPlan, isSearchable, planSearchFields, stripEngineAttributes } from "./fields"
import { compileFilters } from "./filters"
import {
  planFail as fail,
  type MeiliQuery as MultiSearchQuery,
  type MeiliResponse as SearchResponse,
  type PlanFacetRequest as Facet,
  type PlanFacetResult,
  type PlanQuery,
  type PlanResult,
} from "./types"

type Range = { key: string; from?: number; to?: number }

const PROVIDER_ID = "search-meilisearch"

// Facet values are counted server-side up to this cap, then ordered and limited
// client-side to match the postgres provider's order.
export const MAX_VALUES_PER_FACET = 1000

/** The Meilisearch options of a definition's or a query's `provider_options` bag. */
export function providerOptions(bag: Record<string, Record<string, unknown>> | undefined): Record<string, unknown> {
  return { ...(bag?.meilisearch ?? {}), ...(bag?.[PROVIDER_ID] ?? {}) }
}

/** Narrows a document to the requested dotted paths, as Medusa's projectDocument does. */
export function projectDocument(source: Record<string, unknown>, paths: string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {}
  for (const path of paths) {
    const [head, ...rest] = path.split(".")
    const value = source?.[head]
    if (value === undefined) continue
    if (!rest.length) {
      picked[head] = value
    } else if (Array.isArray(value)) {
      const existing = Array.isArray(picked[head]) ? (picked[head] as Record<string, unknown>[]) : []
      picked[head] = value.map((entry, i) =>
        Object.assign(existing[i] ?? {}, projectDocument(entry as Record<string, unknown>, [rest.join(".")]))
      )
    } else if (value && typeof value === "object") {
      picked[head] = Object.assign(
        (picked[head] as Record<string, unknown>) ?? {},
        projectDocument(value as Record<string, unknown>, [rest.join(".")])
      )
    }
  }
  return picked
}

/**
 * One provider query expanded into Meilisearch queries, plus how to fold them back. Range facets
 * are summed from the main query's value distribution of the field; only a field with more
 * distinct values than Meilisearch counts (`MAX_VALUES_PER_FACET`) needs `rangeCounts`, a second
 * round of one count query per range.
 */
export type PlannedMeiliSearch = {
  queries: MultiSearchQuery[]
  rangeCounts: (responses: SearchResponse[]) => MultiSearchQuery[]
  assemble: (responses: SearchResponse[], rangeResponses: SearchResponse[]) => PlanResult
}

const LOCALES: Record<string, string> = { vi: "vie", en: "eng" }

function sortOf(input: PlanQuery, plan: FieldPlan, hasQuery: boolean) {
  const entries = Object.entries(input.pagination?.order ?? {})
  const sort: string[] = []
  entries.forEach(([property, direction], i) => {
    if (property === "_score") {
      // Relevance precedes the `sort` ranking rule, so it can only lead.
      if (direction !== "DESC" || i !== 0) {
        fail(`The search-meilisearch provider can only order by "_score" DESC, first`)
      }
      return
    }
    const planned = plan.fields.get(property)
    if (!planned && property !== plan.primary_key) {
      fail(`Cannot sort search index "${input.index.name}" by unknown field "${property}"`)
    }
    if (planned && (!planned.field.sortable || planned.is_array)) {
      fail(`Field "${property}" is not sortable on the search-meilisearch provider`)
    }
    const attr = planned ? engineAttribute(planned) : property
    sort.push(`${attr}:${direction === "ASC" ? "asc" : "desc"}`)
  })
  // Without a query nor an order, keep postgres' stable primary-key order.
  if (!sort.length && !hasQuery && !entries.length) {
    sort.push(`${plan.primary_key}:asc`)
  }
  return sort.length ? sort : undefined
}

function normalizeFacets(requests: (string | Facet)[] | undefined, plan: FieldPlan): Facet[] {
  return (requests ?? []).map((request) => {
    const facet: Facet = typeof request === "string" ? { field: request, type: "value" } : request
    const planned = plan.fields.get(facet.field)
    const type = facet.type ?? "value"
    if (!planned || !facetKinds(planned).length) {
      fail(`Field "${facet.field}" is not facetable on the search-meilisearch provider`)
    }
    if (type !== "value" && planned.kind !== "number") {
      fail(`${type === "range" ? "Range" : "Stats"} facets require a numeric field ("${facet.field}")`)
    }
    if (type === "range") {
      const ranges = (facet as { ranges: { key?: string; from?: number | string; to?: number | string }[] }).ranges
      return {
        field: facet.field,
        type: "range",
        ranges: ranges.map((r) => ({
          key: r.key ?? `${r.from ?? "*"}-${r.to ?? "*"}`,
          from: r.from === undefined ? undefined : Number(r.from),
          to: r.to === undefined ? undefined : Number(r.to),
        })),
      }
    }
    return { ...facet, type } as Facet
  })
}

function rangeFilter(attr: string, range: Range): string | undefined {
  const parts: string[] = []
  if (range.from !== undefined) parts.push(`${attr} >= ${range.from}`)
  if (range.to !== undefined) parts.push(`${attr} < ${range.to}`)
  return parts.length ? parts.join(" AND ") : undefined
}

function valueFacet(
  distribution: Record<string, number> | undefined,
  facet: Extract<Facet, { type?: "value" }>
): PlanFacetResult {
  let values = Object.entries(distribution ?? {}).map(([value, count]) => ({ value, count }))
  if (facet.query) {
    // The postgres provider matches `LIKE 'query%'`: a case-sensitive prefix.
    values = values.filter((v) => v.value.startsWith(facet.query!))
  }
  const byValue = (a: { value: string }, b: { value: string }) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  values.sort(facet.sort === "alpha" ? byValue : (a, b) => b.count - a.count || byValue(a, b))
  return { type: "value", values: values.slice(0, facet.limit ?? 10) }
}

function readPath(source: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((acc, s) => (acc == null ? undefined : (acc as Record<string, unknown>)[s]), source)
}

function highlightsOf(formatted: unknown, fields: string[], preTag: string): Record<string, string[]> | undefined {
  const out: Record<string, string[]> = {}
  for (const field of fields) {
    const value = readPath(formatted, field)
    const list = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === "string" && v.includes(preTag)
    )
    if (list.length) {
      out[field] = list
    }
  }
  return Object.keys(out).length ? out : undefined
}

function sumInRange(distribution: Record<string, number> | undefined, range: Range): number {
  let count = 0
  for (const [value, n] of Object.entries(distribution ?? {})) {
    const number = Number(value)
    if (range.from !== undefined && !(number >= range.from)) continue
    if (range.to !== undefined && !(number < range.to)) continue
    count += n
  }
  return count
}

export function planMeiliSearch(input: PlanQuery, indexUid: string): PlannedMeiliSearch {
  const plan = planSearchFields(input.index)
  const options = input.search_options ?? {}
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  const q = input.q?.trim() || undefined

  if (options.vector) fail("The search-meilisearch provider does not support vector search")
  if (input.pagination?.cursor) fail("The search-meilisearch provider paginates with skip/take, not cursors")
  if (options.match_strategy === "any") fail(`The search-meilisearch provider cannot express match_strategy "any"`)
  if (options.typo_tolerance === false && q)
    fail("The search-meilisearch provider cannot disable typo tolerance per query; set it on the index")

  const searchableFields = [...plan.fields.values()].filter((p) => isSearchable(p.field)).map((p) => p.path)
  for (const path of options.attributes_to_search_on ?? []) {
    if (!searchableFields.includes(path)) {
      fail(`Field "${path}" is not searchable on search index "${input.index.name}"`, "invalid_data")
    }
  }

  const filter = compileFilters(input.filters, plan)
  const facets = normalizeFacets(options.facets, plan)
  // Meilisearch's "last" already prefix-matches the final term, which is Medusa's typeahead.
  const matchingStrategy = "all"
  const textPart = {
    indexUid,
    q,
    attributesToSearchOn: options.attributes_to_search_on,
    matchingStrategy,
    ...(options.locales?.length && { locales: options.locales.map((l) => LOCALES[l] ?? l) }),
  } as MultiSearchQuery

  const highlight = options.highlight
  const highlightFields =
    q && highlight
      ? highlight === true
        ? (options.attributes_to_search_on ?? searchableFields)
        : highlight.fields
      : undefined
  const preTag = (typeof highlight === "object" && highlight.pre_tag) || "<mark>"
  const postTag = (typeof highlight === "object" && highlight.post_tag) || "</mark>"
  const snippet = typeof highlight === "object" ? highlight.snippet : undefined
  const distinct = options.distinct ?? input.index.settings?.distinct_attribute

  const rangeAttribute = (facet: Facet) => engineAttribute(plan.fields.get(facet.field)!)
  const main = {
    ...textPart,
    filter,
    offset: skip,
    limit: take,
    sort: sortOf(input, plan, !!q),
    facets: [...new Set(facets.map((f) => (f.type === "range" ? rangeAttribute(f) : f.field)))],
    attributesToRetrieve: [...new Set([plan.primary_key, ...input.attributes_to_retrieve.map((a) => a.split(".")[0])])],
    showRankingScore: options.include_score || undefined,
    rankingScoreThreshold: options.min_score,
    distinct,
    ...(highlightFields && {
      attributesToHighlight: highlightFields,
      highlightPreTag: preTag,
      highlightPostTag: postTag,
      ...(snippet && {
        attributesToCrop: highlightFields,
        cropLength: typeof snippet === "object" ? snippet.length : undefined,
      }),
    }),
    ...providerOptions(options.provider_options),
  } as MultiSearchQuery

  // Exact counts come from page mode, whose totalHits is exhaustive (up to maxTotalHits).
  const countQuery = (extra?: string): MultiSearchQuery =>
    ({
      ...textPart,
      filter: [filter, extra].filter(Boolean) as string[],
      hitsPerPage: 0,
      page: 1,
      distinct,
    }) as MultiSearchQuery

  const queries: MultiSearchQuery[] = [main]
  const needsExactCount = options.count === "exact" || facets.some((f) => f.type === "stats")
  const exactIndex = needsExactCount ? queries.push(countQuery()) - 1 : -1
  const rangeFacets = facets.filter((f) => f.type === "range")

  // A distribution that reached the cap may have left values out, so its sums could be short.
  const isComplete = (distribution: Record<string, number> | undefined) =>
    Object.keys(distribution ?? {}).length < MAX_VALUES_PER_FACET
  const incompleteRanges = (response: SearchResponse) =>
    rangeFacets.filter((f) => !isComplete(response.facetDistribution?.[rangeAttribute(f)]))

  const rangeCounts = (responses: SearchResponse[]) =>
    incompleteRanges(responses[0]).flatMap((facet) =>
      (facet.ranges as Range[]).map((r) => countQuery(rangeFilter(rangeAttribute(facet), r)))
    )

  const assemble = (responses: SearchResponse[], rangeResponses: SearchResponse[]): PlanResult => {
    const response = responses[0]
    const exact = exactIndex >= 0 ? (responses[exactIndex].totalHits ?? 0) : undefined
    const counted = new Set(incompleteRanges(response))
    let nextCount = 0
    const facetResults: Record<string, PlanFacetResult> = {}
    for (const facet of facets) {
      if (facet.type === "range") {
        const distribution = response.facetDistribution?.[rangeAttribute(facet)]
        facetResults[facet.field] = {
          type: "range",
          ranges: (facet.ranges as Range[]).map((r) => ({
            key: r.key,
            from: r.from,
            to: r.to,
            count: counted.has(facet) ? (rangeResponses[nextCount++]?.totalHits ?? 0) : sumInRange(distribution, r),
          })),
        }
      } else if (facet.type === "stats") {
        const stats = response.facetStats?.[facet.field]
        facetResults[facet.field] = {
          type: "stats",
          min: stats?.min ?? 0,
          max: stats?.max ?? 0,
          count: exact ?? 0,
        }
      } else {
        facetResults[facet.field] = valueFacet(
          response.facetDistribution?.[facet.field],
          facet as Extract<Facet, { type?: "value" }>
        )
      }
    }
    return {
      hits: response.hits.map((hit) => ({
        id: String(hit[plan.primary_key]),
        score: options.include_score ? (hit._rankingScore as number | undefined) : undefined,
        document: projectDocument(stripEngineAttributes(hit), input.attributes_to_retrieve),
        ...(highlightFields && { highlights: highlightsOf(hit._formatted, highlightFields, preTag) }),
      })),
      ...(facets.length && { facets: facetResults }),
      metadata: {
        skip,
        take,
        count: options.count === "none" ? null : (exact ?? response.estimatedTotalHits ?? response.totalHits ?? 0),
        query: input.q,
        processing_time_ms: response.processingTimeMs,
      },
    }
  }
  return { queries, rangeCounts, assemble }
}
