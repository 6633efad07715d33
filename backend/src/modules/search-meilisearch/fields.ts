// The field plan lives in @ocop/shared, which the storefront's direct Meilisearch path uses too.
export {
  dateShadow,
  engineAttribute,
  facetKinds,
  isSearchable,
  planSearchFields as planFields,
  searchWeight,
  stripEngineAttributes,
  toEngineDocument,
  toEpochMs,
} from "@ocop/shared"
export type { FieldPlan, PlannedField } from "@ocop/shared"
