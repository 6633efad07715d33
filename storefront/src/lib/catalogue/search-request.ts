import type { CatalogueScope, CatalogueState } from "./catalogue-state"
import { PAGE_SIZE, PRICE_BANDS, PRODUCT_GROUP_SETS, SORT_ORDERS, STAR_LEVELS } from "./facet-options"
import type {
  CatalogueFacet,
  CatalogueResult,
  FacetCount,
  SearchFacet,
  SearchQuery,
  SearchResult,
} from "./search-types"

// The most former districts one province had (Đắk Lắk with Phú Yên), with room to spare.
const DISTRICT_FACET_LIMIT = 100

const range = (from: number | undefined, to: number | undefined) => ({
  ...(from === undefined ? {} : { $gte: from }),
  ...(to === undefined ? {} : { $lt: to }),
})

function catalogueFilters(state: CatalogueState, scope: CatalogueScope) {
  const band = PRICE_BANDS.find((candidate) => candidate.key === state.price)
  const filters: Record<string, unknown> = {
    ...(state.q ? { q: state.q } : {}),
    ...(state.group ? { product_group: state.group } : {}),
    ...(state.set !== null ? { product_set: String(state.set) } : {}),
    ...(state.stars !== null ? { stars: { $gte: state.stars } } : {}),
    ...(state.province ? { province_code: state.province } : {}),
    ...(state.district ? { former_district: state.district } : {}),
    ...(state.producerTypes.length ? { legal_form: { $in: state.producerTypes } } : {}),
    ...(band ? { price_min: range(band.from, band.to) } : {}),
    ...(state.inStock ? { in_stock: true } : {}),
    ...(state.wholesale ? { wholesale: true } : {}),
  }
  // A scope's filters hold even if a state was built without them.
  if (scope.group) filters.product_group = scope.group
  if (scope.province) filters.province_code = scope.province
  if (scope.district) filters.former_district = scope.district
  return filters
}

function catalogueFacets(state: CatalogueState) {
  return [
    "product_group",
    // Sets are listed once a group is chosen (a group has at most 13).
    ...(state.group ? [{ field: "product_set", limit: PRODUCT_GROUP_SETS[state.group].length }] : []),
    { field: "stars", type: "range", ranges: STAR_LEVELS.map((stars) => ({ key: String(stars), from: stars })) },
    { field: "province_code", limit: 50 },
    // Districts are listed once a province is chosen; across provinces the list means little.
    ...(state.province ? [{ field: "former_district", limit: DISTRICT_FACET_LIMIT }] : []),
    "legal_form",
    "in_stock",
    "wholesale",
    {
      field: "price_min",
      type: "range",
      ranges: PRICE_BANDS.map(({ key, from, to }) => ({
        key,
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      })),
    },
  ]
}

/** The POST /store/search body for a catalogue state: its filters, facets (disjunctive: each
 * facet counts as if its own choice were not made), page and order. */
export function catalogueSearchQuery(state: CatalogueState, scope: CatalogueScope = {}): SearchQuery {
  // The id breaks ties (same price, same stars), so a product never shows on two pages.
  const order = SORT_ORDERS[state.sort] && { ...SORT_ORDERS[state.sort], id: "ASC" as const }
  return {
    entity: "product",
    filters: catalogueFilters(state, scope),
    search_options: { facets: catalogueFacets(state), disjunctive_facets: true, count: "exact" },
    pagination: { take: PAGE_SIZE, skip: (state.page - 1) * PAGE_SIZE, ...(order ? { order } : {}) },
  }
}

const FACET_FIELDS: Record<CatalogueFacet, string> = {
  group: "product_group",
  set: "product_set",
  stars: "stars",
  province: "province_code",
  district: "former_district",
  type: "legal_form",
  price: "price_min",
  stock: "in_stock",
  wholesale: "wholesale",
}

function facetCounts(facet: SearchFacet | undefined): FacetCount[] {
  if (!facet) return []
  if (facet.type === "value") {
    return facet.values
      .filter((entry) => entry.value !== null && entry.value !== "")
      .map((entry) => ({ value: String(entry.value), count: entry.count }))
  }
  if (facet.type === "range") return facet.ranges.map((entry) => ({ value: entry.key, count: entry.count }))
  return []
}

/** The engine's answer as the catalogue shows it. */
export function toCatalogueResult(result: SearchResult, state: CatalogueState): CatalogueResult {
  const total = result.metadata.count ?? (state.page - 1) * PAGE_SIZE + result.hits.length
  const facets = Object.fromEntries(
    Object.entries(FACET_FIELDS).map(([facet, field]) => [facet, facetCounts(result.facets?.[field])])
  ) as CatalogueResult["facets"]
  return {
    products: result.hits.map((hit) => hit.document),
    total,
    page: state.page,
    pageCount: Math.ceil(total / PAGE_SIZE),
    facets,
  }
}
