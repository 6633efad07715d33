// One fixed mix, the same for every target. Queries are typed the way shoppers type them: no diacritics.
export const TEXT_QUERIES = [
  "ca phe",
  "mat ong",
  "hat dieu",
  "che shan tuyet",
  "gao nep",
  "ruou",
  "tinh dau",
  "sau rieng",
  "nuoc mam",
  "tho cam",
]
export const TYPEAHEAD_PREFIXES = [
  "c",
  "ca",
  "ca p",
  "mat o",
  "h",
  "hat d",
  "tr",
  "tra s",
  "ru",
  "ruou n",
  "gao s",
  "du l",
]
export const STAR_PROVINCE_FILTERS = [
  { stars: 4, province_code: "11" }, // Điện Biên
  { stars: 4, province_code: "66" }, // Đắk Lắk
  { stars: 5, province_code: "75" }, // Đồng Nai
  { stars: 4, province_code: "01" }, // Hà Nội
]
// Stars is an integer field: search-postgres facets numbers by range only, as the storefront's star filter does.
const STAR_RANGES = [
  { key: "3", from: 3, to: 4 },
  { key: "4", from: 4, to: 5 },
  { key: "5", from: 5 },
]
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
    TEXT_QUERIES.map((q) =>
      post(KINDS[0], { filters: { q }, search_options: { facets: FACETS }, pagination: { take: PAGE } })
    ),
    [post(KINDS[1], { filters: {}, search_options: { facets: FACETS }, pagination: { take: 0 } })],
    STAR_PROVINCE_FILTERS.map(({ stars, province_code }) =>
      post(KINDS[2], { filters: { stars: { $gte: stars }, province_code }, pagination: { take: PAGE } })
    ),
    TYPEAHEAD_PREFIXES.map((q) =>
      post(KINDS[3], {
        filters: { q },
        search_options: { match_strategy: "last" },
        pagination: { take: TYPEAHEAD_PAGE },
      })
    ),
  ])
}

// What the stock store API can show of a hit: title, handle, thumbnail, producer, origin, stars.
const STOCK_FIELDS =
  "id,title,handle,thumbnail,producer.name,ocop_origin.province_name,ocop_origin.former_district,ocop_certificates.stars"

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

/**
 * What any search costs before it searches, on this machine and this framework: `GET /health`
 * (Express alone) and a `POST /store/search` the route refuses with 400 after Medusa's publishable
 * key check and body validation. No search target can be faster than these at the same concurrency.
 */
export function floorMixes(baseUrl, publishableKey) {
  return {
    "floor: GET /health": [{ kind: "health", url: `${baseUrl}/health`, init: {} }],
    "floor: key check + 400": [
      {
        kind: "key check",
        status: 400,
        url: `${baseUrl}/store/search`,
        init: {
          method: "POST",
          headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
          body: JSON.stringify({ entity: 5 }),
        },
      },
    ],
  }
}

/** One of each kind in turn, so every stretch of the run carries the same blend. */
function interleave(groups) {
  const length = Math.max(...groups.map((group) => group.length))
  const mix = []
  for (let i = 0; i < length; i++) for (const group of groups) mix.push(group[i % group.length])
  return mix
}

/**
 * One facet query over the whole catalogue, to show the loaded data reached the index whole: every
 * star range, provinces, former districts, product groups and in-stock products must have counts.
 * Throws when one is empty; returns a one-line summary.
 */
export async function verifyFacets(baseUrl, publishableKey) {
  const facets = [
    ...FACETS,
    "former_district",
    "legal_form",
    "in_stock",
    { field: "price_min", type: "range", ranges: [{ key: "priced", from: 1 }] },
  ]
  const response = await fetch(`${baseUrl}/store/search`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: JSON.stringify({ entity: "product", filters: {}, search_options: { facets }, pagination: { take: 0 } }),
  })
  const text = await response.text()
  if (!response.ok)
    throw new Error(`facet check: POST /store/search answered ${response.status}: ${text.slice(0, 300)}`)
  const result = JSON.parse(text).results[0]
  const got = result.facets ?? {}
  const problems = []
  const ranges = got.stars?.ranges ?? []
  for (const { key } of STAR_RANGES) {
    if (!(ranges.find((r) => r.key === key)?.count > 0)) problems.push(`stars range ${key} is empty`)
  }
  const values = (field) => (got[field]?.values ?? []).filter((v) => v.count > 0)
  for (const field of ["province_code", "product_group", "former_district", "legal_form"]) {
    if (!values(field).length) problems.push(`${field} has no values`)
  }
  if (!values("in_stock").some((v) => v.value === "true")) problems.push("no product is in stock")
  const priced = got.price_min?.ranges?.[0]?.count ?? 0
  if (!(priced > 0)) problems.push("no product has a VND price")
  if (problems.length) {
    throw new Error(
      `the index's facets are not populated: ${problems.join("; ")}\nfacets: ${JSON.stringify(got).slice(0, 2000)}`
    )
  }
  const list = (field) =>
    values(field)
      .slice(0, 3)
      .map((v) => `${v.value} ${v.count}`)
      .join(", ")
  return [
    `stars ${ranges.map((r) => `${r.key}★ ${r.count}`).join(", ")}`,
    `province_code ${values("province_code").length}+ values (${list("province_code")}…)`,
    `product_group ${values("product_group").length} values`,
    `former_district ${values("former_district").length}+ values`,
    `in_stock ${values("in_stock")
      .map((v) => `${v.value} ${v.count}`)
      .join(", ")}`,
    `legal_form ${list("legal_form")}`,
    `with a VND price ${priced}`,
  ].join("; ")
}
