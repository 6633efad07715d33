import { describe, expect, it } from "vitest"
import { typedColumns, typedColumnsDdl } from "../columns"
import { editDistance, querySlots, slotTsQuery } from "../query-text"
import { buildGroupStatement, FilterCompiler, GroupInput } from "../statement"

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

  it("expands synonyms into phrases, the typed words kept as an AND", () => {
    const [slot] = querySlots("mat ong")
    expect(slotTsQuery(slot)).toBe(`(('mat' & 'ong') | ('mat' <-> 'ong') | 'honey')`)
    expect(slotTsQuery(querySlots("honey")[0])).toBe(`('honey' | ('mat' <-> 'ong'))`)
  })

  it("recognises a synonym phrase typed within one edit ('ca phee' is 'ca phe')", () => {
    const [slot] = querySlots("ca phee")
    expect(slot.kind).toBe("phrases")
    expect(slotTsQuery(slot)).toBe(`('cafe' | ('ca' <-> 'phe') | 'coffee')`)
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
  it("materializes the matching rows once and reads hits, total, range and value facets from them", () => {
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
    expect(sql.match(/MATERIALIZED/g)).toHaveLength(2)
    expect(sql).toContain(`GROUP BY GROUPING SETS (("f_province_code"), ("f_product_group"), ())`)
    expect(sql).toContain("levenshtein_less_equal")
    expect(sql.startsWith("WITH ")).toBe(true)
    expect(placeholders(sql)).toBe(params.length)
    // The text first (synonym phrase, then the fuzzy word and its bounds), the shared filter, the page.
    expect(params.slice(0, 7)).toEqual([
      `(('ca' & 'phe') | 'cafe' | ('ca' <-> 'phe') | 'coffee')`,
      "thuoot",
      5,
      7,
      "thuoot",
      "thuoot",
      "published",
    ])
    expect(params.slice(7, 9)).toEqual([24, 0])

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
