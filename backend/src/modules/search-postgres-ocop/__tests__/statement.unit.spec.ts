import { describe, expect, it } from "vitest"
import { typedColumns, typedColumnsDdl } from "../columns"
import { editDistance, querySlots, slotTsQuery } from "../query-text"
import { buildGroupStatement, FilterCompiler, GroupInput, RERANK_POOL } from "../statement"

const field = (kind: string, flags: Record<string, unknown>, is_array = false) => ({
  kind,
  is_array,
  is_date: false,
  field: flags,
})
const plan = {
  primary_key: "id",
  searchable: ["title"],
  fields: new Map(
    Object.entries({
      id: field("keyword", { filterable: true, sortable: true }),
      title: field("text", { searchable: { weight: 4 } }),
      status: field("keyword", { filterable: true }),
      sales_channel_ids: field("keyword", { filterable: true }, true),
      stars: field("number", { filterable: true, facetable: true, sortable: true }),
      province_code: field("keyword", { filterable: true, facetable: true }),
      product_group: field("keyword", { filterable: true, facetable: true }),
      in_stock: field("boolean", { filterable: true, facetable: true }),
    }).map(([path, planned]) => [path, { path, ...planned }])
  ),
}
const columns = typedColumns(plan)

const input = (overrides: Partial<GroupInput>): GroupInput => ({
  skip: 0,
  take: 24,
  count: true,
  facets: [],
  typo_tolerance: true,
  ...overrides,
})

/** Counts the `?` placeholders outside quoted literals. */
const placeholders = (sql: string) => sql.replace(/'[^']*'/g, "").split("?").length - 1

describe("typed columns from the index definition", () => {
  it("derives a narrow column per filterable, facetable or sortable field, none for text", () => {
    expect([...columns.values()].map((c) => [c.path, c.sqlType])).toEqual([
      ["id", "text"],
      ["status", "text"],
      ["sales_channel_ids", "text[]"],
      ["stars", "float8"],
      ["province_code", "text"],
      ["product_group", "text"],
      ["in_stock", "boolean"],
    ])
    const ddl = typedColumnsDdl("search_pg_product_v1", columns)
    expect(ddl).toContain(
      `ALTER TABLE "search_pg_product_v1" ADD COLUMN IF NOT EXISTS "f_stars" float8 GENERATED ALWAYS AS (((indexed #>> '{stars}')::float8)) STORED`
    )
    expect(ddl.some((s) => s.includes(`USING GIN ("f_sales_channel_ids")`))).toBe(true)
  })
})

describe("filters over typed columns", () => {
  it("compiles equality, membership, ranges and negation with their parameters in order", () => {
    const compiled = new FilterCompiler(columns).compile({
      status: "published",
      sales_channel_ids: ["sc_1", "sc_2"],
      stars: { $gte: 4, $lt: 5 },
      province_code: { $nin: ["66"] },
    })!
    expect(compiled.sql).toBe(
      `"f_status" = ? AND "f_sales_channel_ids" && ARRAY[?, ?]::text[] AND ("f_stars" >= ? AND "f_stars" < ?) AND NOT COALESCE(("f_province_code" = ?), FALSE)`
    )
    expect(compiled.params).toEqual(["published", "sc_1", "sc_2", 4, 5, "66"])
  })

  it("refuses an unknown field and a range on an array", () => {
    expect(() => new FilterCompiler(columns).compile({ title: "x" })).toThrow(/Unknown filter field "title"/)
    expect(() => new FilterCompiler(columns).compile({ sales_channel_ids: { $gt: "a" } })).toThrow(/array field/)
  })
})

describe("Vietnamese as typed", () => {
  it("folds diacritics and marks long words for typo correction", () => {
    expect(querySlots("Buôn Ma Thuột")).toEqual([
      { kind: "word", word: "buon", prefix: false, fuzzy: false },
      { kind: "word", word: "ma", prefix: false, fuzzy: false },
      { kind: "word", word: "thuot", prefix: false, fuzzy: true },
    ])
  })

  it("expands synonyms into alternatives, each phrase's words ANDed, none subsumed by the typed words", () => {
    const [slot] = querySlots("mat ong")
    expect(slotTsQuery(slot)).toBe(`(('mat' & 'ong') | 'honey')`)
    expect(slotTsQuery(querySlots("honey")[0])).toBe(`('honey' | ('mat' & 'ong'))`)
    // No phrase operator anywhere: it would make PostgreSQL re-check every matching row.
    expect(slotTsQuery(querySlots("nuoc mam")[0])).not.toContain("<->")
  })

  it("recognises a synonym phrase typed within one edit ('ca phee' is 'ca phe')", () => {
    const [slot] = querySlots("ca phee")
    expect(slot.kind).toBe("phrases")
    expect(slotTsQuery(slot)).toBe(`('cafe' | ('ca' & 'phe') | 'coffee')`)
    expect(editDistance("thuoot", "thuot")).toBe(1)
    expect(editDistance("thuoot", "thuoc")).toBe(2)
  })

  it("keeps a word being typed as a prefix, without synonyms or typos", () => {
    expect(querySlots("mat o", { prefixLast: true })).toEqual([
      { kind: "word", word: "mat", prefix: false, fuzzy: false },
      { kind: "word", word: "o", prefix: true, fuzzy: false },
    ])
    expect(slotTsQuery(querySlots("tra s", { prefixLast: true })[1])).toBe(`'s':*`)
  })
})

describe("one statement for a search, its total and its facets", () => {
  it("reads hits, total, range and value facets from one set of matching rows", () => {
    const statement = buildGroupStatement({
      table: "search_pg_product_v1",
      vocabulary: "search_pg_product_v1_vocab",
      columns,
      inputs: [
        input({
          q: "ca phe thuoot",
          filters: { status: "published" },
          facets: [
            {
              field: "stars",
              type: "range",
              ranges: [
                { key: "4", from: 4, to: 5 },
                { key: "5", from: 5 },
              ],
            },
            { field: "province_code", type: "value", limit: 5 },
            { field: "product_group", type: "value" },
          ],
        }),
      ],
    })
    const { sql, params } = statement
    // The text's tsquery is built once; the matching rows are left to PostgreSQL (stored when read twice).
    expect(sql.match(/MATERIALIZED/g)).toHaveLength(1)
    expect(sql).toContain(`"m" AS (SELECT`)
    // Every match is ranked by ts_rank; the best RERANK_POOL by ts_rank_cd, and only the page is numbered.
    expect(sql).toContain(`ts_rank('{0.05, 0.2, 0.4, 1.0}'::float4[], t."search_vector"`)
    expect(sql).toMatch(/ts_rank_cd\(.*\) AS "score"\s+FROM \(SELECT "id" FROM "m" WHERE .* LIMIT \?\) c/)
    expect(sql).toMatch(/LIMIT \? OFFSET \?\) "page"/)
    expect(params).toContain(RERANK_POOL)
    expect(sql).toContain(`GROUP BY GROUPING SETS (("f_province_code"), ("f_product_group"), ())`)
    expect(sql).toContain("levenshtein_less_equal")
    expect(sql.startsWith("WITH ")).toBe(true)
    expect(placeholders(sql)).toBe(params.length)
    // The text first (synonym phrase, then the fuzzy word and its bounds), the shared filter, the page.
    expect(params.slice(0, 7)).toEqual([
      `(('ca' & 'phe') | 'cafe' | 'coffee')`,
      "thuoot",
      5,
      7,
      "thuoot",
      "thuoot",
      "published",
    ])
    expect(params.slice(7, 10)).toEqual([RERANK_POOL, 24, 0])

    const [result] = statement.read({
      hits0: [{ id: "p1", score: 0.5, document: { id: "p1" } }],
      totals: { n0: 7, r0_stars_0: 3, r0_stars_1: 4 },
      values: [
        { k: "0:province_code", v: "66", n: 6 },
        { k: "0:province_code", v: "11", n: 1 },
        { k: "0:product_group", v: "1", n: 7 },
      ],
    })
    expect(result.count).toBe(7)
    expect(result.hits.map((h) => h.id)).toEqual(["p1"])
    expect(result.facets).toEqual({
      stars: {
        type: "range",
        ranges: [
          { key: "4", from: 4, to: 5, count: 3 },
          { key: "5", from: 5, to: undefined, count: 4 },
        ],
      },
      province_code: {
        type: "value",
        values: [
          { value: "66", count: 6 },
          { value: "11", count: 1 },
        ],
      },
      product_group: { type: "value", values: [{ value: "1", count: 7 }] },
    })
  })

  it("answers a disjunctive facet's relaxed search from the same rows, its filter kept per search", () => {
    const { sql, params } = buildGroupStatement({
      table: "t",
      vocabulary: "t_vocab",
      columns,
      inputs: [
        input({
          filters: { status: "published", province_code: "66" },
          facets: [{ field: "province_code", type: "value" }],
        }),
        input({
          filters: { status: "published" },
          take: 0,
          count: false,
          facets: [{ field: "province_code", type: "value" }],
        }),
      ],
    })
    // The shared filter in the matching rows, the other as a FILTER per search.
    expect(sql).toContain(
      `FROM "search_pg_product_v1"`.replace("search_pg_product_v1", "t") + ` t WHERE "f_status" = ?`
    )
    expect(sql).toContain(`count(*) FILTER (WHERE "f_province_code" = ?)::int AS "n0"`)
    expect(sql).toContain(`count(*) FILTER (WHERE TRUE)::int AS "n1"`)
    expect(sql).not.toContain(`"h1"`)
    expect(placeholders(sql)).toBe(params.length)
  })
})
