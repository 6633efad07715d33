// The filter compiler lives in @ocop/shared, which the storefront's direct Meilisearch path uses too.
export { compileFilters, quote } from "@ocop/shared"
