/**
 * Narrow typed columns derived from the index definition: every keyword, number or boolean field
 * that is filterable, facetable or sortable gets a generated column next to Medusa's `indexed`
 * jsonb, so filters, facets and sorts read a text/float8/boolean (or text[]) instead of jsonb.
 */

/** The parts of Medusa's search-postgres plan entry this provider reads. */
export type PgPlannedField = {
  path: string
  kind: string
  is_array: boolean
  is_date: boolean
  field: { filterable?: unknown; facetable?: unknown; sortable?: unknown; searchable?: unknown }
}
export type Plan = { fields: Map<string, PgPlannedField>; searchable: string[]; primary_key: string }

export type TypedColumn = {
  path: string
  column: string
  kind: "keyword" | "number" | "boolean"
  is_array: boolean
  is_date: boolean
  sqlType: "text" | "text[]" | "float8" | "boolean"
  /** The generated column's expression over `indexed`. */
  expression: string
  filterable: boolean
}

const used = (value: unknown) => value === true || (typeof value === "object" && value !== null)

function jsonPath(path: string) {
  return `'{${path
    .split(".")
    .map((segment) => segment.replace(/'/g, "''"))
    .join(",")}}'`
}

export function columnName(path: string) {
  return `f_${path.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`
}

/** The typed columns of an index, keyed by field path. Array fields other than keyword arrays get none. */
export function typedColumns(plan: Plan): Map<string, TypedColumn> {
  const columns = new Map<string, TypedColumn>()
  const names = new Set<string>()
  for (const planned of plan.fields.values()) {
    const { field } = planned
    if (!used(field.filterable) && !used(field.facetable) && !used(field.sortable)) continue
    const kind = planned.kind
    if (kind !== "keyword" && kind !== "number" && kind !== "boolean" && kind !== "text") continue
    if (planned.is_array && kind !== "keyword" && kind !== "text") continue
    let column = columnName(planned.path)
    for (let n = 2; names.has(column); n++) column = `${columnName(planned.path)}_${n}`
    names.add(column)
    const path = jsonPath(planned.path)
    const typed: Omit<TypedColumn, "expression" | "sqlType"> = {
      path: planned.path,
      column,
      kind: kind === "text" ? "keyword" : kind,
      is_array: planned.is_array,
      is_date: planned.is_date,
      filterable: used(field.filterable),
    }
    if (planned.is_array) {
      columns.set(planned.path, {
        ...typed,
        sqlType: "text[]",
        expression: `ocop_search_text_array(indexed #> ${path})`,
      })
    } else if (kind === "number") {
      columns.set(planned.path, { ...typed, sqlType: "float8", expression: `((indexed #>> ${path})::float8)` })
    } else if (kind === "boolean") {
      columns.set(planned.path, { ...typed, sqlType: "boolean", expression: `((indexed #>> ${path})::boolean)` })
    } else {
      columns.set(planned.path, { ...typed, sqlType: "text", expression: `(indexed #>> ${path})` })
    }
  }
  return columns
}

/** DDL that adds the typed columns and their indexes to a document table (idempotent). */
export function typedColumnsDdl(table: string, columns: Map<string, TypedColumn>): string[] {
  const statements: string[] = []
  for (const column of columns.values()) {
    statements.push(
      `ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${column.column}" ${column.sqlType} GENERATED ALWAYS AS (${column.expression}) STORED`
    )
    if (!column.filterable) continue
    statements.push(
      column.is_array
        ? `CREATE INDEX IF NOT EXISTS "${table}_${column.column}_idx" ON "${table}" USING GIN ("${column.column}")`
        : `CREATE INDEX IF NOT EXISTS "${table}_${column.column}_idx" ON "${table}" ("${column.column}")`
    )
  }
  return statements
}
