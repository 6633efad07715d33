import { describe, expect, it } from "vitest"
import type { SearchResponse } from "../meili"
import { planSearch } from "../query"
import { MAX_VALUES_PER_FACET } from "../settings"

const index = {
  name: "product",
  physical_name: "product_v1",
  primary_key: "id",
  fields: {
    title: { type: "text", searchable: true },
    stars: { type: "integer", filterable: true, facetable: true },
    price: { type: "integer", filterable: true, facetable: true },
  },
  settings: {},
} as any

const STAR_RANGES = [
  { key: "3", from: 3, to: 4 },
  { key: "4", from: 4, to: 5 },
  { key: "5", from: 5 },
]
const plan = (facets: unknown[]) =>
  planSearch(
    {
      index,
      q: "ca phe",
      filters: {},
      attributes_to_retrieve: ["id", "title"],
      search_options: { facets },
      pagination: { take: 24 },
    } as any,
    "product_v1"
  )
const response = (distribution: Record<string, Record<string, number>>, totalHits?: number) =>
  ({
    hits: [],
    facetDistribution: distribution,
    estimatedTotalHits: 9,
    totalHits,
    processingTimeMs: 1,
  }) as unknown as SearchResponse

describe("planSearch range facets", () => {
  it("asks for the field's distribution in the one query and sums the ranges from it", () => {
    const planned = plan([{ field: "stars", type: "range", ranges: STAR_RANGES }])
    expect(planned.queries).toHaveLength(1)
    expect(planned.queries[0].facets).toEqual(["stars"])
    const responses = [response({ stars: { "3": 5, "4": 3, "5": 1 } })]
    expect(planned.rangeCounts(responses)).toEqual([])
    const result = planned.assemble(responses, [])
    expect(result.facets?.stars).toEqual({
      type: "range",
      ranges: [
        { key: "3", from: 3, to: 4, count: 5 },
        { key: "4", from: 4, to: 5, count: 3 },
        { key: "5", from: 5, to: undefined, count: 1 },
      ],
    })
  })

  it("counts each range with its own query when the distribution reached Meilisearch's cap", () => {
    const ranges = [
      { key: "cheap", to: 100 },
      { key: "dear", from: 100 },
    ]
    const planned = plan([
      { field: "price", type: "range", ranges },
      { field: "stars", type: "range", ranges: STAR_RANGES },
    ])
    const capped = Object.fromEntries(Array.from({ length: MAX_VALUES_PER_FACET }, (_, i) => [String(i), 1]))
    const responses = [response({ price: capped, stars: { "4": 2 } })]
    const extra = planned.rangeCounts(responses)
    expect(extra.map((q) => q.filter)).toEqual([["price < 100"], ["price >= 100"]])
    expect(extra.every((q) => q.hitsPerPage === 0 && q.q === "ca phe")).toBe(true)
    const result = planned.assemble(responses, [response({}, 7), response({}, 11)])
    expect(result.facets?.price).toMatchObject({
      ranges: [
        { key: "cheap", count: 7 },
        { key: "dear", count: 11 },
      ],
    })
    expect(result.facets?.stars).toMatchObject({ ranges: [{ count: 0 }, { count: 2 }, { count: 0 }] })
  })
})
