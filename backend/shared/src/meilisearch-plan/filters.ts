import { engineAttribute, FieldPlan, PlannedField, toEpochMs } from "./fields"
import { planFail as fail, type PlanFilters } from "./types"

// Meilisearch string literals are double-quoted; only `"` and `\` need escaping.
export function meiliQuote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

// Matches nothing: Meilisearch has no FALSE literal, but an empty IN is accepted.
const NOTHING = (plan: FieldPlan) => `${plan.primary_key} IN []`

function literal(planned: PlannedField, value: unknown): string {
  if (value instanceof Date || planned.kind === "date") {
    const ms = toEpochMs(value)
    if (ms === undefined) {
      fail(`Cannot read filter value for date field "${planned.path}" as a date`)
    }
    return String(ms)
  }
  if (planned.kind === "number") {
    const num = typeof value === "number" ? value : Number(value)
    if (!Number.isFinite(num)) {
      fail(`Cannot cast filter value for "${planned.path}" to a number`)
    }
    return String(num)
  }
  if (planned.kind === "boolean") {
    // Meilisearch stores booleans as the strings "true"/"false" for filtering.
    return value === true || value === "true" ? "true" : "false"
  }
  return meiliQuote(String(value))
}

function missing(attr: string) {
  return `(${attr} NOT EXISTS OR ${attr} IS NULL)`
}

function present(attr: string) {
  return `(${attr} EXISTS AND NOT ${attr} IS NULL)`
}

function equals(planned: PlannedField, value: unknown): string {
  const attr = engineAttribute(planned)
  // Like the postgres provider: equality with null means the field is absent.
  return value === null || value === undefined ? missing(attr) : `${attr} = ${literal(planned, value)}`
}

function anyOf(plan: FieldPlan, planned: PlannedField, values: unknown[]): string {
  if (!values.length) {
    return NOTHING(plan)
  }
  const withNull = values.some((v) => v === null || v === undefined)
  const concrete = values.filter((v) => v !== null && v !== undefined)
  const parts: string[] = []
  if (concrete.length) {
    const attr = engineAttribute(planned)
    parts.push(
      concrete.length === 1
        ? equals(planned, concrete[0])
        : `${attr} IN [${concrete.map((v) => literal(planned, v)).join(", ")}]`
    )
  }
  if (withNull) {
    parts.push(missing(engineAttribute(planned)))
  }
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
}

function comparison(planned: PlannedField, op: string, value: unknown): string {
  if (planned.is_array) {
    fail(`Operator "${op}" is not supported on array field "${planned.path}"`)
  }
  // Meilisearch compares numbers only; a string range would silently match nothing.
  if (planned.kind !== "number" && planned.kind !== "date") {
    fail(`The search-meilisearch provider can only compare numeric or date fields ("${planned.path}")`)
  }
  return `${engineAttribute(planned)} ${op} ${literal(planned, value)}`
}

const RANGE_OPERATORS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }

function fieldPredicate(plan: FieldPlan, path: string, raw: unknown): string {
  const planned = plan.fields.get(path) ?? primaryKeyField(plan, path)
  if (!planned) {
    fail(`Unknown filter field "${path}" on the search-meilisearch provider`)
  }
  if (!(planned.field.filterable || planned.field.facetable || path === plan.primary_key)) {
    fail(`Field "${path}" is not filterable on the search-meilisearch provider`)
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) {
    return anyOf(plan, planned, Array.isArray(raw) ? raw : [raw])
  }
  const operators = raw as Record<string, unknown>
  const keys = Object.keys(operators).filter((key) => key.startsWith("$"))
  if (!keys.length) {
    fail(`Empty operator map on filter field "${path}"`)
  }
  const parts: string[] = []
  for (const op of keys) {
    const value = operators[op]
    const list = Array.isArray(value) ? value : [value]
    switch (op) {
      case "$eq":
        parts.push(equals(planned, value))
        break
      case "$ne":
        // Documents missing the field satisfy "not equal", as on postgres.
        parts.push(
          value === null || value === undefined ? present(engineAttribute(planned)) : `NOT ${equals(planned, value)}`
        )
        break
      case "$in":
        parts.push(anyOf(plan, planned, list))
        break
      case "$nin":
        if (list.length) {
          parts.push(`NOT ${anyOf(plan, planned, list)}`)
        }
        break
      case "$gt":
      case "$gte":
      case "$lt":
      case "$lte":
        parts.push(comparison(planned, RANGE_OPERATORS[op], value))
        break
      case "$exists":
        parts.push(value ? present(engineAttribute(planned)) : missing(engineAttribute(planned)))
        break
      case "$contains":
      case "$overlaps":
        if (!planned.is_array) {
          fail(`Operator "${op}" on "${path}" needs an array field`)
        }
        // `attr = v` on an array attribute means "contains v" in Meilisearch.
        parts.push(
          op === "$overlaps"
            ? anyOf(plan, planned, list)
            : list.length
              ? `(${list.map((v) => equals(planned, v)).join(" AND ")})`
              : `${plan.primary_key} EXISTS`
        )
        break
      default:
        // $prefix / $like: Meilisearch has no substring or prefix filter.
        fail(`The search-meilisearch provider does not support operator "${op}" on "${path}"`)
    }
  }
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

function primaryKeyField(plan: FieldPlan, path: string): PlannedField | undefined {
  return path === plan.primary_key
    ? { path, field: { type: "keyword", filterable: true }, kind: "string", is_array: false }
    : undefined
}

/**
 * Compiles the SearchFilters tree to a Meilisearch filter expression, or undefined
 * when nothing filters. `q` is skipped: the module lifts it out as free text.
 */
export function compileFilters(filters: PlanFilters | undefined, plan: FieldPlan): string | undefined {
  if (!filters) {
    return undefined
  }
  const compile = (branch: PlanFilters): string | undefined => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q" || value === undefined) {
        continue
      }
      if (key === "$and" || key === "$or") {
        const nested = ((value as PlanFilters[]) ?? []).map(compile).filter((part): part is string => !!part)
        if (key === "$or" && !(value as unknown[]).length) {
          parts.push(NOTHING(plan))
        } else if (key === "$or" && nested.length < (value as unknown[]).length) {
          // An empty branch matches everything, so the whole $or does.
          continue
        } else if (nested.length) {
          parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
        }
        continue
      }
      if (key === "$not") {
        const nested = compile(value as PlanFilters)
        parts.push(nested ? `NOT (${nested})` : NOTHING(plan))
        continue
      }
      parts.push(fieldPredicate(plan, key, value))
    }
    return parts.length ? parts.join(" AND ") : undefined
  }
  return compile(filters)
}
