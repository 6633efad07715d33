import { describe, expect, it } from "vitest"
import { OcopPostgresSearchService } from "../service"

// The catalog row Medusa's provider stores for an index (plan serialized as it does).
const planRow = {
  name: "product_v1",
  table_name: "search_pg_product_v1",
  schema_hash: "h",
  document_count: 2,
  plan: {
    primary_key: "id",
    searchable: ["title"],
    vectors: [],
    schema_hash: "h",
    fields: [
      { path: "id", kind: "keyword", is_array: false, is_date: false, field: { type: "keyword", filterable: true } },
      { path: "title", kind: "text", is_array: false, is_date: false, field: { type: "text", searchable: true } },
      {
        path: "stars",
        kind: "number",
        is_array: false,
        is_date: false,
        field: { type: "integer", filterable: true, facetable: true },
      },
      {
        path: "province_code",
        kind: "keyword",
        is_array: false,
        is_date: false,
        field: { type: "keyword", filterable: true, facetable: true },
      },
    ],
  },
}

function service() {
  const statements: string[] = []
  const manager = {
    execute: async (sql: string) => {
      statements.push(sql)
      if (sql.includes("search_postgres_index")) return [planRow]
      if (sql.startsWith("WITH ")) {
        return [
          {
            hits0: [{ id: "p1", score: 1, document: { id: "p1", title: "Cà phê" } }],
            totals: { g_f_province_code: 1, n0: 1, n1: 2 },
            values: [
              { k: "0:province_code", v: "66", n: 1 },
              { k: "1:province_code", v: "66", n: 1 },
              { k: "1:province_code", v: "11", n: 1 },
            ],
          },
        ]
      }
      return [{ min: 3, max: 5, avg: 4, sum: 8, count: 2 }]
    },
  }
  return { provider: new OcopPostgresSearchService({ manager }, { language: "simple" }), statements }
}

const index = { name: "product", physical_name: "product_v1", settings: {}, fields: {} }
const query = (overrides: Record<string, unknown>) =>
  ({
    index,
    attributes_to_retrieve: ["id", "title"],
    q: "ca phe",
    pagination: { skip: 0, take: 24 },
    search_options: {},
    ...overrides,
  }) as never

describe("OcopPostgresSearchService.searchMany", () => {
  it("answers a search and its disjunctive facet-only search with one statement", async () => {
    const { provider, statements } = service()
    const [base, relaxed] = await provider.searchMany([
      query({
        filters: { province_code: "66" },
        search_options: { facets: [{ field: "province_code", type: "value" }] },
      }),
      query({
        filters: {},
        pagination: { skip: 0, take: 0 },
        search_options: { facets: [{ field: "province_code", type: "value" }], count: "none" },
      }),
    ])
    expect(statements.filter((s) => s.startsWith("WITH "))).toHaveLength(1)
    expect(statements.filter((s) => !s.includes("search_postgres_index"))).toHaveLength(1)
    expect(base.hits).toEqual([{ id: "p1", score: undefined, document: { id: "p1", title: "Cà phê" } }])
    expect(base.metadata.count).toBe(1)
    expect(relaxed.metadata.count).toBeNull()
    expect(relaxed.facets).toEqual({
      province_code: {
        type: "value",
        values: [
          { value: "66", count: 1 },
          { value: "11", count: 1 },
        ],
      },
    })
  })

  it("leaves what one pass does not compute (a stats facet) to Medusa's statements", async () => {
    const { provider, statements } = service()
    await provider.searchMany([
      query({ q: undefined, search_options: { facets: [{ field: "stars", type: "stats" }] } }),
    ])
    expect(statements.some((s) => s.startsWith("WITH "))).toBe(false)
    expect(statements.some((s) => /MIN\(/.test(s))).toBe(true)
  })
})
