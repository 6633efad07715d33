"use server"

import { keptUnder, TAGS } from "../cache-tags"
import { parseCatalogueParams, type CatalogueScope } from "../catalogue/catalogue-state"
import { catalogueSearchQuery, toCatalogueResult } from "../catalogue/search-request"
import type { CatalogueResult, ProductDocument, SearchQuery, SearchResult } from "../catalogue/search-types"
import { getSdk, storeHeaders } from "../config"
import type { DirectSession } from "./direct-search-core"
import { browserSession, serverDirectSearch } from "./direct-search-server"

const MAX_TAKE = 100
const SUGGESTION_COUNT = 6

async function post(query: SearchQuery): Promise<SearchResult> {
  const { results } = await getSdk().client.fetch<{ results: SearchResult[] }>("/store/search", {
    method: "POST",
    body: query,
    headers: await storeHeaders(),
    ...keptUnder(TAGS.catalogue),
  })
  return results[0]
}

// A search only reads, so one retry is safe; it covers a kept-alive socket the backend closed
// just as it was reused ("fetch failed: other side closed").
async function search(query: SearchQuery): Promise<SearchResult> {
  try {
    return await post(query)
  } catch (error) {
    if (!(error instanceof TypeError)) throw error
    return post(query)
  }
}

/**
 * The catalogue's query on the direct Meilisearch path when the store has one (one POST /multi-search
 * with a tenant token), else POST /store/search. A failing direct path falls back too.
 */
async function searchCatalogueQuery(query: SearchQuery): Promise<SearchResult> {
  try {
    if (await serverDirectSearch.session()) return (await serverDirectSearch.search(query)) as unknown as SearchResult
  } catch (error) {
    console.error("The direct search path failed; searching through the backend", error)
  }
  return search(query)
}

/**
 * One page of the catalogue for a URL query string. The string is parsed again here, so a client
 * can ask for nothing the URL could not.
 */
export async function searchCatalogue(queryString: string, scope: CatalogueScope = {}): Promise<CatalogueResult> {
  const state = parseCatalogueParams(new URLSearchParams(queryString), scope)
  return toCatalogueResult(await searchCatalogueQuery(catalogueSearchQuery(state, scope)), state)
}

/** The browser's tenant token for the direct path (null: search with searchCatalogue instead). */
export async function directSearchSession(): Promise<DirectSession | null> {
  return browserSession()
}

export type ProductSuggestion = Pick<ProductDocument, "id" | "handle" | "title" | "title_en" | "stars">

/** A few products whose text matches what the shopper has typed so far. */
export async function suggestProducts(text: string): Promise<ProductSuggestion[]> {
  const q = text.trim().slice(0, 100)
  if (q.length < 2) return []
  const { hits } = await search({
    entity: "product",
    filters: { q },
    search_options: { count: "none" },
    pagination: { take: SUGGESTION_COUNT },
  })
  return hits.map(({ document: { id, handle, title, title_en, stars } }) => ({ id, handle, title, title_en, stars }))
}

/** Every value of one facet among all products matching `filters` (former districts of a province). */
export async function listFacetValues(field: string, filters: Record<string, unknown> = {}): Promise<string[]> {
  const { facets } = await search({
    entity: "product",
    filters,
    search_options: { facets: [{ field, limit: MAX_TAKE }], count: "none" },
    pagination: { take: 0 },
  })
  const facet = facets?.[field]
  return facet?.type === "value" ? facet.values.map((entry) => String(entry.value)) : []
}

/** Up to `take` products made in a former district of a province (an experience page's "goods of its place"). */
export async function listProductsOfPlace(
  provinceCode: string,
  district: string,
  take: number
): Promise<ProductDocument[]> {
  const { hits } = await search({
    entity: "product",
    filters: { province_code: provinceCode, former_district: district },
    search_options: { count: "none" },
    pagination: { take: Math.min(take, MAX_TAKE) },
  })
  return hits.map((hit) => hit.document)
}

/** How many products are on sale. */
export async function countProducts(): Promise<number> {
  const { metadata } = await search({ entity: "product", search_options: { count: "exact" }, pagination: { take: 0 } })
  return metadata.count ?? 0
}

/** Products `skip` to `skip + take` by creation date, for the sitemap; `take` is paged by 100. */
export async function listProductDocuments(skip: number, take: number): Promise<ProductDocument[]> {
  const documents: ProductDocument[] = []
  while (documents.length < take) {
    const pageSize = Math.min(MAX_TAKE, take - documents.length)
    const { hits } = await search({
      entity: "product",
      search_options: { count: "none" },
      pagination: { skip: skip + documents.length, take: pageSize, order: { created_at: "ASC" } },
    })
    documents.push(...hits.map((hit) => hit.document))
    if (hits.length < pageSize) break
  }
  return documents
}

/**
 * The home page's showcase reads: up to `take` products matching `filters`, newest first,
 * and how many match for each value of `facets` (up to 100 values each).
 */
export async function searchShowcase({
  filters = {},
  facets = [],
  take = 0,
}: {
  filters?: Record<string, unknown>
  facets?: string[]
  take?: number
}): Promise<{
  products: ProductDocument[]
  total: number
  facets: Record<string, { value: string; count: number }[]>
}> {
  const result = await search({
    entity: "product",
    filters,
    search_options: { facets: facets.map((field) => ({ field, limit: MAX_TAKE })), count: "exact" },
    pagination: { take: Math.min(take, MAX_TAKE), order: { created_at: "DESC", id: "ASC" } },
  })
  const counts = (field: string) => {
    const facet = result.facets?.[field]
    if (facet?.type !== "value") return []
    return facet.values
      .filter((entry) => entry.value !== null && entry.value !== "")
      .map((entry) => ({ value: String(entry.value), count: entry.count }))
  }
  return {
    products: result.hits.map((hit) => hit.document),
    total: result.metadata.count ?? result.hits.length,
    facets: Object.fromEntries(facets.map((field) => [field, counts(field)])),
  }
}
