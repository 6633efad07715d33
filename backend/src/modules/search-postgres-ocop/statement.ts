import { MedusaError } from "@medusajs/framework/utils"
import { TypedColumn } from "./columns"
import { Slot, querySlots, slotTsQuery } from "./query-text"

/**
 * One SQL statement for a group of searches that share their text (a search and the facet-only
 * searches Medusa's Search Module derives from it for disjunctive facets): the matching rows are
 * materialized once, with their narrow typed columns, and the hits, the total and every facet's
 * counts (value facets by GROUPING SETS or, for arrays, by unnesting; ranges by FILTER) are read
 * from them. Each search of the group keeps its own filters as a FILTER over the shared rows.
 */

export type FacetRequest =
  | { field: string; type: "value"; limit?: number; sort?: "count" | "alpha"; query?: string }
  | { field: string; type: "range"; ranges: { key: string; from?: number; to?: number }[] }
  | { field: string; type: "stats" }

export type GroupInput = {
  q?: string
  filters?: Record<string, unknown>
  skip: number
  take: number
  order?: Record<string, "ASC" | "DESC" | string>
  count: boolean
  facets: FacetRequest[]
  match_strategy?: "all" | "any" | "last"
  typo_tolerance: boolean
}

export type GroupResult = {
  hits: { id: string; score: number; document: unknown }[]
  count: number | null
  facets?: Record<string, unknown>
}

type Frag = { sql: string; params: unknown[] }
const frag = (sql: string, params: unknown[] = []): Frag => ({ sql, params })
const joinFrags = (frags: Frag[], separator: string): Frag => ({
  sql: frags.map((f) => f.sql).join(separator),
  params: frags.flatMap((f) => f.params),
})

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** Ranking weights for the D, C, B and A labels of the index definition's searchable weights: titles first. */
export const RANK_WEIGHTS = "'{0.05, 0.2, 0.4, 1.0}'::float4[]"
/** How many of the best matches by ts_rank are re-ranked by ts_rank_cd (more when a page reaches past them). */
export const RERANK_POOL = 200

// ---------------------------------------------------------------------------------------------
// Filters over the typed columns, with search-postgres's semantics.

function castValue(column: TypedColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (column.kind === "number") {
    const num =
      column.is_date && value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number(value)
    if (Number.isNaN(num)) fail(`Cannot cast filter value for "${column.path}" to a number`)
    return num
  }
  if (column.kind === "boolean") {
    if (typeof value === "boolean") return value
    if (value === "true" || value === "false") return value === "true"
    return Boolean(value)
  }
  return typeof value === "string" ? value : String(value)
}

const arrayOf = (values: unknown[]) => frag(`ARRAY[${values.map(() => "?").join(", ")}]::text[]`, values)

export class FilterCompiler {
  readonly used = new Set<TypedColumn>()
  constructor(private readonly columns: Map<string, TypedColumn>) {}

  column(path: string): TypedColumn {
    const column = this.columns.get(path)
    if (!column) fail(`Unknown filter field "${path}" on the postgres search provider`)
    this.used.add(column)
    return column
  }

  compile(filters: Record<string, unknown> | undefined): Frag | undefined {
    if (!filters) return undefined
    const parts: Frag[] = []
    for (const [key, value] of Object.entries(filters)) {
      if (key === "q") continue
      if (key === "$and" || key === "$or") {
        const nested = ((value as Record<string, unknown>[]) ?? [])
          .map((branch) => this.compile(branch))
          .filter((f): f is Frag => !!f)
        if (nested.length) {
          const joined = joinFrags(nested, key === "$and" ? " AND " : " OR ")
          parts.push(frag(`(${joined.sql})`, joined.params))
        }
        continue
      }
      if (key === "$not") {
        const nested = this.compile(value as Record<string, unknown>)
        if (nested) parts.push(frag(`NOT COALESCE((${nested.sql}), FALSE)`, nested.params))
        continue
      }
      parts.push(this.field(key, value))
    }
    return parts.length ? joinFrags(parts, " AND ") : undefined
  }

  private anyOf(column: TypedColumn, values: unknown[]): Frag {
    const col = `"${column.column}"`
    if (!values.length) return frag("FALSE")
    const cast = values.map((v) => castValue(column, v))
    const present = cast.filter((v) => v !== null)
    const parts: Frag[] = []
    if (present.length < cast.length) parts.push(frag(`${col} IS NULL`))
    if (present.length) {
      if (column.is_array) {
        parts.push(frag(`${col} && ${arrayOf(present).sql}`, present))
      } else if (present.length === 1) {
        parts.push(frag(`${col} = ?`, present))
      } else {
        parts.push(frag(`${col} IN (${present.map(() => "?").join(", ")})`, present))
      }
    }
    return parts.length === 1
      ? parts[0]
      : frag(
          `(${parts.map((p) => p.sql).join(" OR ")})`,
          parts.flatMap((p) => p.params)
        )
  }

  private not(f: Frag): Frag {
    return frag(`NOT COALESCE((${f.sql}), FALSE)`, f.params)
  }

  private field(path: string, raw: unknown): Frag {
    const column = this.column(path)
    const col = `"${column.column}"`
    if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) {
      return this.anyOf(column, Array.isArray(raw) ? raw : [raw])
    }
    const operators = raw as Record<string, unknown>
    const keys = Object.keys(operators).filter((key) => key.startsWith("$"))
    if (!keys.length) fail(`Empty operator map on filter field "${path}"`)
    const scalarOnly = (operator: string) => {
      if (column.is_array) fail(`Operator "${operator}" is not supported on array field "${path}"`)
    }
    const list = (value: unknown) => (Array.isArray(value) ? value : [value])
    const parts: Frag[] = keys.map((operator) => {
      const value = operators[operator]
      switch (operator) {
        case "$eq":
          return this.anyOf(column, [value])
        case "$ne":
          return value === null || value === undefined
            ? frag(`${col} IS NOT NULL`)
            : this.not(this.anyOf(column, [value]))
        case "$in":
          return this.anyOf(column, list(value))
        case "$nin":
          return this.not(this.anyOf(column, list(value)))
        case "$gt":
        case "$gte":
        case "$lt":
        case "$lte": {
          scalarOnly(operator)
          const sign = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }[operator]
          return frag(`${col} ${sign} ?`, [castValue(column, value)])
        }
        case "$exists":
          return frag(`${col} IS ${value ? "NOT " : ""}NULL`)
        case "$contains":
        case "$overlaps": {
          if (!column.is_array) fail(`Operator ${operator} on "${path}" needs an array field`)
          const values = list(value).map((v) => castValue(column, v))
          const array = arrayOf(values)
          return frag(`${col} ${operator === "$contains" ? "@>" : "&&"} ${array.sql}`, array.params)
        }
        case "$prefix":
        case "$like":
          scalarOnly(operator)
          return frag(`${col} LIKE ?`, [operator === "$prefix" ? `${String(value)}%` : String(value)])
        default:
          return fail(`The postgres search provider does not support operator "${operator}" on "${path}"`)
      }
    })
    return parts.length === 1
      ? parts[0]
      : frag(
          `(${parts.map((p) => p.sql).join(" AND ")})`,
          parts.flatMap((p) => p.params)
        )
  }
}

// ---------------------------------------------------------------------------------------------
// Text

/** The tsquery of the group's text as a SQL expression; typo corrections are looked up in `vocabulary`. */
export function tsQuerySql(slots: Slot[], strategy: GroupInput["match_strategy"], vocabulary: string): Frag {
  const operator = strategy === "any" ? " || " : " && "
  const parts = slots.map((slot): Frag => {
    if (slot.kind === "word" && slot.fuzzy) {
      const word = slot.word
      // The word itself, and when the index does not know it, the index's words one edit away.
      return frag(
        `(SELECT string_agg(quote_literal(s.word), ' | ')::tsquery FROM (
          SELECT ?::text AS word
          UNION
          SELECT v.word FROM "${vocabulary}" v
          WHERE length(v.word) BETWEEN ? AND ?
            AND levenshtein_less_equal(v.word, ?, 1) <= 1
            AND NOT EXISTS (SELECT 1 FROM "${vocabulary}" k WHERE k.word = ?)
        ) s)`,
        [word, word.length - 1, word.length + 1, word, word]
      )
    }
    return frag(`?::tsquery`, [slotTsQuery(slot)])
  })
  if (!parts.length) return frag(`NULL::tsquery`)
  return joinFrags(parts, operator)
}

// ---------------------------------------------------------------------------------------------
// The statement

export type Statement = { sql: string; params: unknown[]; read: (row: Record<string, unknown>) => GroupResult[] }

export function buildGroupStatement({
  table,
  vocabulary,
  columns,
  inputs,
}: {
  table: string
  vocabulary: string
  columns: Map<string, TypedColumn>
  inputs: GroupInput[]
}): Statement {
  const first = inputs[0]
  const q = first.q?.trim() || undefined
  const filters = new FilterCompiler(columns)
  const ctes: Frag[] = []

  // Filters every search of the group shares go into the matching rows; the rest stay per search.
  const entries = inputs.map((input) => Object.entries(input.filters ?? {}).filter(([key]) => key !== "q"))
  const signature = ([key, value]: [string, unknown]) => `${key}=${JSON.stringify(value)}`
  const common = entries[0].filter((entry) =>
    entries.every((own) => own.some((other) => signature(other) === signature(entry)))
  )
  const commonKeys = new Set(common.map(signature))
  const commonWhere = filters.compile(Object.fromEntries(common))
  const residuals = entries.map((own) =>
    filters.compile(Object.fromEntries(own.filter((e) => !commonKeys.has(signature(e)))))
  )

  // Scopes: one per distinct residual filter.
  const scopes: Frag[] = []
  const scopeOf = residuals.map((residual) => {
    const f = residual ?? frag("TRUE")
    const key = JSON.stringify(f)
    let index = scopes.findIndex((s) => JSON.stringify(s) === key)
    if (index < 0) index = scopes.push(f) - 1
    return index
  })

  // Orders, facets: what columns the matching rows must carry.
  const orderSql = inputs.map((input) => {
    const order = Object.entries(input.order ?? {})
    if (!order.length) return q ? `"score" DESC NULLS LAST, "id" ASC` : `"id" ASC`
    return order
      .map(([property, direction]) => {
        const dir = direction === "ASC" ? "ASC" : "DESC"
        if (property === "_score") return `"score" ${dir} NULLS LAST`
        const column = columns.get(property)
        if (!column || column.is_array) fail(`The postgres search provider cannot sort by "${property}"`)
        filters.used.add(column)
        return `"${column.column}" ${dir} NULLS LAST`
      })
      .join(", ")
  })
  const facetColumn = (field: string) => {
    const column = columns.get(field)
    if (!column) fail(`Field "${field}" is not facetable on the postgres search provider`)
    filters.used.add(column)
    return column
  }
  for (const input of inputs) for (const facet of input.facets) facetColumn(facet.field)

  // 1. The text as a tsquery, built once.
  let match: Frag | undefined
  let score = "0::float4"
  if (q) {
    const slots = querySlots(q, { prefixLast: first.match_strategy === "last", typos: first.typo_tolerance })
    const tsq = tsQuerySql(slots, first.match_strategy, vocabulary)
    ctes.push(frag(`"q" AS MATERIALIZED (SELECT ${tsq.sql} AS tsq)`, tsq.params))
    match = frag(`t."search_vector" @@ (SELECT tsq FROM "q")`)
    // Every matching row gets ts_rank (a one-letter prefix matches nearly every product: 20,000 rows
    // in ~7 ms, ~40 ms with ts_rank_cd); the page's candidates are re-ranked in step 3.
    score = `ts_rank(${RANK_WEIGHTS}, t."search_vector", (SELECT tsq FROM "q"))`
  }

  // 2. The matching rows, narrow. PostgreSQL materializes them when both the hits and the aggregate
  // read them, and folds them into the one reader otherwise (a facet-only search scans once, unstored).
  const carried = [...filters.used].map((c) => `t."${c.column}"`)
  const where = [match, commonWhere].filter((f): f is Frag => !!f)
  const whereSql = where.length ? joinFrags(where, " AND ") : undefined
  ctes.push(
    frag(
      `"m" AS (SELECT t."id", ${score} AS "score"${carried.length ? `, ${carried.join(", ")}` : ""}
        FROM "${table}" t${whereSql ? ` WHERE ${whereSql.sql}` : ""})`,
      whereSql?.params ?? []
    )
  )

  // 3. Hits per search that wants them: the page first (a top-N sort of the matching rows), then its
  // rows numbered (a window over every matching row would sort them all). Ranked by relevance, the
  // matching rows are ordered by ts_rank (cheap) and the best RERANK_POOL of them re-ranked by
  // ts_rank_cd, which also weighs how close the words stand ("cà phê chồn" in a title before a
  // coffee whose description says "chọn"), at ~6× ts_rank's cost per row.
  inputs.forEach((input, i) => {
    if (input.take <= 0) return
    const scope = scopes[scopeOf[i]]
    const page = `ORDER BY ${orderSql[i]} LIMIT ? OFFSET ?`
    if (q && !Object.keys(input.order ?? {}).length) {
      ctes.push(
        frag(
          `"h${i}" AS (SELECT "id", "score", row_number() OVER (ORDER BY ${orderSql[i]}) AS "rn" FROM (
            SELECT c."id", ts_rank_cd(${RANK_WEIGHTS}, t."search_vector", (SELECT tsq FROM "q")) AS "score"
            FROM (SELECT "id" FROM "m" WHERE ${scope.sql} ORDER BY ${orderSql[i]} LIMIT ?) c
            JOIN "${table}" t ON t."id" = c."id" ${page}) "page")`,
          [...scope.params, Math.max(RERANK_POOL, input.skip + input.take), input.take, input.skip]
        )
      )
      return
    }
    ctes.push(
      frag(
        `"h${i}" AS (SELECT "id", "score", row_number() OVER (ORDER BY ${orderSql[i]}) AS "rn"
          FROM (SELECT * FROM "m" WHERE ${scope.sql} ${page}) "page")`,
        [...scope.params, input.take, input.skip]
      )
    )
  })

  // 4. Totals, range facets and scalar value facets in one aggregation over the matching rows.
  const valueFacets: { input: number; request: Extract<FacetRequest, { type: "value" }>; column: TypedColumn }[] = []
  const rangeAggregates: Frag[] = []
  inputs.forEach((input, i) => {
    for (const request of input.facets) {
      const column = facetColumn(request.field)
      if (request.type === "value") {
        valueFacets.push({ input: i, request, column })
      } else if (request.type === "range") {
        if (column.kind !== "number" || column.is_array)
          fail(`Range facets require a numeric field ("${request.field}")`)
        const scope = scopes[scopeOf[i]]
        request.ranges.forEach((range, j) => {
          const conditions: Frag[] = [scope]
          if (range.from !== undefined) conditions.push(frag(`"${column.column}" >= ?`, [range.from]))
          if (range.to !== undefined) conditions.push(frag(`"${column.column}" < ?`, [range.to]))
          const condition = joinFrags(conditions, " AND ")
          rangeAggregates.push(
            frag(`count(*) FILTER (WHERE ${condition.sql})::int AS "r${i}_${request.field}_${j}"`, condition.params)
          )
        })
      } else {
        fail(`The postgres one-pass provider does not compute "${request.type}" facets`)
      }
    }
  })
  const groupingColumns = [...new Set(valueFacets.filter((f) => !f.column.is_array).map((f) => f.column))]
  const needsAggregate = inputs.some((input) => input.count) || rangeAggregates.length || groupingColumns.length
  if (needsAggregate) {
    const selects: Frag[] = [
      ...groupingColumns.flatMap((c) => [
        frag(`GROUPING("${c.column}") AS "g_${c.column}"`),
        frag(`"${c.column}"::text AS "v_${c.column}"`),
      ]),
      ...scopes.map((scope, k) => frag(`count(*) FILTER (WHERE ${scope.sql})::int AS "n${k}"`, scope.params)),
      ...rangeAggregates,
    ]
    const select = joinFrags(selects, ", ")
    const groupBy = groupingColumns.length
      ? ` GROUP BY GROUPING SETS (${groupingColumns.map((c) => `("${c.column}")`).join(", ")}, ())`
      : ""
    ctes.push(frag(`"agg" AS (SELECT ${select.sql} FROM "m"${groupBy})`, select.params))
  }

  // 5. Value facets: their top values (GROUPING SETS rows, or unnested arrays).
  const valueQueries: Frag[] = valueFacets.map(({ input, request, column }) => {
    const scope = scopeOf[input]
    const key = `${input}:${request.field}`
    const order = request.sort === "alpha" ? `"value" ASC` : `"n" DESC, "value" ASC`
    const prefix = request.query !== undefined ? frag(` AND "value" LIKE ?`, [`${request.query}%`]) : frag("")
    if (column.is_array) {
      const s = scopes[scope]
      return frag(
        `(SELECT ?::text AS "k", "value", "n" FROM (
            SELECT u."value", count(*) FILTER (WHERE ${s.sql})::int AS "n"
            FROM "m", unnest("m"."${column.column}") AS u("value") GROUP BY u."value") x
          WHERE "n" > 0 AND "value" IS NOT NULL${prefix.sql} ORDER BY ${order} LIMIT ?)`,
        [key, ...s.params, ...prefix.params, request.limit ?? 10]
      )
    }
    const others = groupingColumns
      .filter((c) => c !== column)
      .map((c) => ` AND "g_${c.column}" = 1`)
      .join("")
    return frag(
      `(SELECT ?::text AS "k", "value", "n" FROM (
          SELECT "v_${column.column}" AS "value", "n${scope}" AS "n" FROM "agg"
          WHERE "g_${column.column}" = 0${others}) x
        WHERE "n" > 0 AND "value" IS NOT NULL${prefix.sql} ORDER BY ${order} LIMIT ?)`,
      [key, ...prefix.params, request.limit ?? 10]
    )
  })
  if (valueQueries.length)
    ctes.push(
      frag(
        `"vf" AS (${joinFrags(valueQueries, " UNION ALL ").sql})`,
        valueQueries.flatMap((f) => f.params)
      )
    )

  // 6. One row out: each search's hits with their documents, the totals row, the value facets.
  const outputs: string[] = []
  inputs.forEach((input, i) => {
    if (input.take <= 0) return
    outputs.push(
      `(SELECT json_agg(json_build_object('id', d."id", 'score', h."score", 'document', d."document") ORDER BY h."rn")
        FROM "h${i}" h JOIN "${table}" d ON d."id" = h."id") AS "hits${i}"`
    )
  })
  if (needsAggregate) {
    const totalsRow = groupingColumns.map((c) => `a."g_${c.column}" = 1`).join(" AND ") || "TRUE"
    outputs.push(`(SELECT row_to_json(a) FROM "agg" a WHERE ${totalsRow} LIMIT 1) AS "totals"`)
  }
  if (valueQueries.length)
    outputs.push(`(SELECT json_agg(json_build_object('k', "k", 'v', "value", 'n', "n")) FROM "vf") AS "values"`)
  if (!outputs.length) outputs.push(`NULL AS "nothing"`)

  const withSql = joinFrags(ctes, ",\n")
  const sql = `WITH ${withSql.sql}\nSELECT ${outputs.join(",\n")}`

  const read = (row: Record<string, unknown>): GroupResult[] => {
    const parse = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value)
    const totals = (parse(row.totals) ?? {}) as Record<string, number>
    const values = (parse(row.values) ?? []) as { k: string; v: string; n: number }[]
    return inputs.map((input, i) => {
      const hits = input.take > 0 ? ((parse(row[`hits${i}`]) ?? []) as GroupResult["hits"]) : []
      let facets: Record<string, unknown> | undefined
      if (input.facets.length) {
        facets = {}
        for (const request of input.facets) {
          if (request.type === "range") {
            facets[request.field] = {
              type: "range",
              ranges: request.ranges.map((range, j) => ({
                key: range.key,
                from: range.from,
                to: range.to,
                count: Number(totals[`r${i}_${request.field}_${j}`] ?? 0),
              })),
            }
          } else {
            facets[request.field] = {
              type: "value",
              values: values
                .filter((v) => v.k === `${i}:${request.field}`)
                .map((v) => ({ value: String(v.v), count: Number(v.n) })),
            }
          }
        }
      }
      return {
        hits,
        count: input.count ? Number(totals[`n${scopeOf[i]}`] ?? 0) : null,
        facets,
      }
    })
  }
  return { sql, params: withSql.params, read }
}
