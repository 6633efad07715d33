import { planFail, type PlanFacetKind, type PlanFieldDefinition } from "./types"

export type PlannedField = {
  path: string
  field: PlanFieldDefinition
  /** Meilisearch filters and sorts numbers only, so dates are compared as epoch ms. */
  kind: "string" | "number" | "boolean" | "date" | "geo"
  is_array: boolean
}

export type FieldPlan = {
  primary_key: string
  fields: Map<string, PlannedField>
}

// Dates keep their original value for retrieval; filters and sorts read this epoch-ms
// shadow, because Meilisearch can only compare numbers.
const DATE_SHADOW_PREFIX = "_ms_"

export function dateShadow(path: string): string {
  return `${DATE_SHADOW_PREFIX}${path.replace(/\./g, "__")}`
}

/** The attribute a filter or sort on `path` must use in Meilisearch. */
export function engineAttribute(planned: PlannedField): string {
  return planned.kind === "date" ? dateShadow(planned.path) : planned.path
}

function kindOf(type: string): PlannedField["kind"] {
  switch (type) {
    case "integer":
    case "float":
      return "number"
    case "boolean":
      return "boolean"
    case "date":
      return "date"
    case "geo":
      return "geo"
    case "vector":
      return planFail("The search-meilisearch provider does not support vector fields (no embedder is configured)")
    default:
      return "string"
  }
}

export function planSearchFields(definition: {
  primary_key?: string
  fields: Record<string, PlanFieldDefinition>
}): FieldPlan {
  const fields = new Map<string, PlannedField>()
  const walk = (entries: Record<string, PlanFieldDefinition>, prefix: string, parentArray: boolean) => {
    for (const [key, field] of Object.entries(entries)) {
      const path = prefix ? `${prefix}.${key}` : key
      if (field.type === "object") {
        walk(field.fields ?? {}, path, parentArray || !!field.array)
        continue
      }
      fields.set(path, {
        path,
        field,
        kind: kindOf(field.type),
        is_array: parentArray || !!field.array,
      })
    }
  }
  walk(definition.fields, "", false)
  return { primary_key: definition.primary_key ?? "id", fields }
}

export function isSearchable(field: PlanFieldDefinition): boolean {
  return field.searchable === true || typeof field.searchable === "object"
}

export function searchWeight(field: PlanFieldDefinition): number {
  return typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1
}

/** Facet kinds a field supports, with the contract's defaults (range for numbers/dates). */
export function facetKinds(planned: PlannedField): PlanFacetKind[] {
  const facetable = planned.field.facetable
  if (!facetable) {
    return []
  }
  if (typeof facetable === "object" && facetable.types?.length) {
    return facetable.types
  }
  return planned.kind === "number" || planned.kind === "date" ? ["range"] : ["value"]
}

export function toEpochMs(value: unknown): number | undefined {
  if (value === null || value === undefined || value === "") {
    return undefined
  }
  const ms =
    value instanceof Date ? value.getTime() : typeof value === "number" ? value : new Date(String(value)).getTime()
  return Number.isFinite(ms) ? ms : undefined
}

function readPath(source: unknown, segments: string[]): unknown {
  return segments.reduce<unknown>(
    (acc, segment) => (acc === null || acc === undefined ? undefined : (acc as Record<string, unknown>)[segment]),
    source
  )
}

/**
 * Prepares a document for Meilisearch: string primary key and the date shadows.
 * Top-level dates only get a shadow; nested dates inside arrays are not supported.
 */
export function toEngineDocument(document: Record<string, unknown>, plan: FieldPlan): Record<string, unknown> {
  const pk = document[plan.primary_key]
  if (pk === undefined || pk === null || pk === "") {
    planFail(
      `A document written to the search-meilisearch provider is missing its primary key "${plan.primary_key}"`,
      "invalid_data"
    )
  }
  const out: Record<string, unknown> = { ...document, [plan.primary_key]: String(pk) }
  for (const planned of plan.fields.values()) {
    if (planned.kind !== "date") {
      continue
    }
    const ms = toEpochMs(readPath(document, planned.path.split(".")))
    if (ms !== undefined) {
      out[dateShadow(planned.path)] = ms
    }
  }
  return out
}

const MEILI_HIT_META = new Set([
  "_formatted",
  "_rankingScore",
  "_rankingScoreDetails",
  "_matchesPosition",
  "_federation",
])

/** Drops the engine-only attributes before a document goes back to the caller. */
export function stripEngineAttributes(hit: Record<string, unknown>) {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(hit)) {
    if (!key.startsWith(DATE_SHADOW_PREFIX) && !MEILI_HIT_META.has(key)) {
      out[key] = value
    }
  }
  return out
}
