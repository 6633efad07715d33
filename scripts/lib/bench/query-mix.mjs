// One fixed mix, the same for every target. Queries are typed the way shoppers type them: no diacritics.
export const TEXT_QUERIES = ["ca phe", "mat ong", "hat dieu", "che shan tuyet", "gao nep", "ruou", "tinh dau", "sau rieng", "nuoc mam", "tho cam"]
export const TYPEAHEAD_PREFIXES = ["c", "ca", "ca p", "mat o", "h", "hat d", "tr", "tra s", "ru", "ruou n", "gao s", "du l"]
export const STAR_PROVINCE_FILTERS = [
  { stars: 4, province_code: "11" }, // Điện Biên
  { stars: 4, province_code: "66" }, // Đắk Lắk
  { stars: 5, province_code: "75" }, // Đồng Nai
  { stars: 4, province_code: "01" }, // Hà Nội
]
// Stars is an integer field: search-postgres facets numbers by range only, as the storefront's star filter does.
const STAR_RANGES = [{ key: "3", from: 3, to: 4 }, { key: "4", from: 4, to: 5 }, { key: "5", from: 5 }]
export const FACETS = [{ field: "stars", type: "range", ranges: STAR_RANGES }, "province_code", "product_group"]
export const KINDS = ["text + 3 facets", "facets only", "filters only", "typeahead"]

const PAGE = 24
const TYPEAHEAD_PAGE = 8

/** The mix for POST /store/search: text + 3 facets, facets only, filters only, typeahead (last word as a prefix). */
export function searchMix(baseUrl, publishableKey) {
  const post = (kind, body) => ({
    kind,
    url: `${baseUrl}/store/search`,
    init: {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
      body: JSON.stringify({ entity: "product", ...body }),
    },
  })
  return interleave([
    TEXT_QUERIES.map((q) => post(KINDS[0], { filters: { q }, search_options: { facets: FACETS }, pagination: { take: PAGE } })),
    [post(KINDS[1], { filters: {}, search_options: { facets: FACETS }, pagination: { take: 0 } })],
    STAR_PROVINCE_FILTERS.map(({ stars, province_code }) =>
      post(KINDS[2], { filters: { stars: { $gte: stars }, province_code }, pagination: { take: PAGE } })
    ),
    TYPEAHEAD_PREFIXES.map((q) =>
      post(KINDS[3], { filters: { q }, search_options: { match_strategy: "last" }, pagination: { take: TYPEAHEAD_PAGE } })
    ),
  ])
}

// What the stock store API can show of a hit: title, handle, thumbnail, producer, origin, stars.
const STOCK_FIELDS = "id,title,handle,thumbnail,producer.name,ocop_origin.province_name,ocop_origin.former_district,ocop_certificates.stars"

/**
 * The closest the stock `GET /store/products` comes: `q` for text and typeahead (a substring
 * match, no prefix ranking); it has no facets, and no filter on stars or province, so "facets only"
 * and "filters only" become the plain first page.
 */
export function stockMix(baseUrl, publishableKey) {
  const get = (kind, params) => ({
    kind,
    url: `${baseUrl}/store/products?${new URLSearchParams({ ...params, fields: STOCK_FIELDS })}`,
    init: { headers: { "x-publishable-api-key": publishableKey } },
  })
  return interleave([
    TEXT_QUERIES.map((q) => get(KINDS[0], { q, limit: String(PAGE) })),
    [get(KINDS[1], { limit: String(PAGE) })],
    STAR_PROVINCE_FILTERS.map(() => get(KINDS[2], { limit: String(PAGE) })),
    TYPEAHEAD_PREFIXES.map((q) => get(KINDS[3], { q, limit: String(TYPEAHEAD_PAGE) })),
  ])
}

/** One of each kind in turn, so every stretch of the run carries the same blend. */
function interleave(groups) {
  const length = Math.max(...groups.map((group) => group.length))
  const mix = []
  for (let i = 0; i < length; i++) for (const group of groups) mix.push(group[i % group.length])
  return mix
}
