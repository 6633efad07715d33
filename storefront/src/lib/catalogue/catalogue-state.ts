import { LEGAL_FORMS, type LegalForm } from "@ocop/shared"
import {
  isProductGroup,
  groupOfProductSet,
  PRICE_BANDS,
  SORT_KEYS,
  STAR_LEVELS,
  type PriceBandKey,
  type ProductGroup,
  type SortKey,
  type StarLevel,
} from "./facet-options"

/** Everything a shopper chose on the catalogue; the URL holds all of it. */
export type CatalogueState = {
  q: string
  group: ProductGroup | null
  set: number | null
  stars: StarLevel | null
  province: string | null
  district: string | null
  producerTypes: LegalForm[]
  price: PriceBandKey | null
  inStock: boolean
  /** Only products with wholesale prices (for businesses; the prices themselves only verified buyers see). */
  wholesale: boolean
  sort: SortKey
  page: number
}

/** What a page fixes for itself: a group page its group, a district page its place. */
export type CatalogueScope = {
  group?: ProductGroup
  province?: string
  district?: string
}

export const EMPTY_STATE: CatalogueState = {
  q: "",
  group: null,
  set: null,
  stars: null,
  province: null,
  district: null,
  producerTypes: [],
  price: null,
  inStock: false,
  wholesale: false,
  sort: "relevance",
  page: 1,
}

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>

function toSearchParams(raw: RawParams): URLSearchParams {
  if (raw instanceof URLSearchParams) return raw
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item)
  }
  return params
}

const MAX_QUERY_LENGTH = 100
const MAX_PAGE = 1000

function oneOf<T extends string | number>(values: readonly T[], raw: string | null): T | null {
  return values.find((value) => String(value) === raw) ?? null
}

/**
 * The state a URL asks for. Whatever a shopper typed into the URL by hand is read leniently: an
 * unknown value is dropped rather than answered with an error page, and a scope's own filters win.
 */
export function parseCatalogueParams(raw: RawParams, scope: CatalogueScope = {}): CatalogueState {
  const params = toSearchParams(raw)
  const groupParam = params.get("group") ?? ""
  const group = scope.group ?? (isProductGroup(groupParam) ? groupParam : null)
  const setParam = Number(params.get("set"))
  const set = Number.isInteger(setParam) && group !== null && groupOfProductSet(setParam) === group ? setParam : null
  const province = scope.province ?? (params.get("province")?.match(/^\d{2}$/) ? params.get("province") : null)
  const districtParam = params.get("district")?.trim().slice(0, MAX_QUERY_LENGTH) || null
  const page = Number(params.get("page"))

  return {
    q: (params.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH),
    group,
    set,
    stars: oneOf(STAR_LEVELS, params.get("stars")),
    province,
    district: scope.district ?? (province ? districtParam : null),
    producerTypes: LEGAL_FORMS.filter((form) => params.getAll("type").includes(form)),
    price: oneOf(
      PRICE_BANDS.map((band) => band.key),
      params.get("price")
    ),
    inStock: params.get("stock") === "1",
    wholesale: params.get("wholesale") === "1",
    sort: oneOf(SORT_KEYS, params.get("sort")) ?? "relevance",
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  }
}

/** The query string of a state, without what the scope fixes and without defaults ("" for none). */
export function catalogueQueryString(state: CatalogueState, scope: CatalogueScope = {}): string {
  const params = new URLSearchParams()
  if (state.q) params.set("q", state.q)
  if (state.group && !scope.group) params.set("group", state.group)
  if (state.set !== null) params.set("set", String(state.set))
  if (state.stars !== null) params.set("stars", String(state.stars))
  if (state.province && !scope.province) params.set("province", state.province)
  if (state.district && !scope.district) params.set("district", state.district)
  for (const form of state.producerTypes) params.append("type", form)
  if (state.price) params.set("price", state.price)
  if (state.inStock) params.set("stock", "1")
  if (state.wholesale) params.set("wholesale", "1")
  if (state.sort !== "relevance") params.set("sort", state.sort)
  if (state.page > 1) params.set("page", String(state.page))
  return params.toString()
}

/** A change of filters starts again from the first page; children follow their parent away. */
export function refine(state: CatalogueState, change: Partial<CatalogueState>): CatalogueState {
  const next = { ...state, page: 1, ...change }
  if ("group" in change && change.group !== state.group) next.set = change.set ?? null
  if ("province" in change && change.province !== state.province) next.district = change.district ?? null
  return next
}

/** The filters a shopper chose (not the scope's), each with the state that drops it. */
export function activeFilters(state: CatalogueState, scope: CatalogueScope = {}) {
  const filters: { kind: string; value: string; without: CatalogueState }[] = []
  const add = (kind: string, value: string | null, change: Partial<CatalogueState>) => {
    if (value) filters.push({ kind, value, without: refine(state, change) })
  }
  add("q", state.q, { q: "" })
  if (!scope.group) add("group", state.group, { group: null })
  add("set", state.set === null ? null : String(state.set), { set: null })
  add("stars", state.stars === null ? null : String(state.stars), { stars: null })
  if (!scope.province) add("province", state.province, { province: null })
  if (!scope.district) add("district", state.district, { district: null })
  for (const form of state.producerTypes) {
    add("type", form, { producerTypes: state.producerTypes.filter((other) => other !== form) })
  }
  add("price", state.price, { price: null })
  add("stock", state.inStock ? "1" : null, { inStock: false })
  add("wholesale", state.wholesale ? "1" : null, { wholesale: false })
  return filters
}
