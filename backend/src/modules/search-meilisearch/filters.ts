// The filter compiler lives in @ocop/shared, which the storefront's direct Meilisearch path uses too.
export { compileFilters, meiliQuote as quote } from "@ocop/shared"
