import type { CertificateStatus, LegalForm } from "@ocop/shared"

/** A product as the search index holds it (backend/src/lib/product-search-document.ts). */
export type ProductDocument = {
  id: string
  title: string
  title_en: string | null
  subtitle: string | null
  handle: string
  thumbnail: string | null
  /** The thumbnail's copies by width ("url 320w, url 640w, …"); null for an image stored in one size. */
  thumbnail_srcset?: string | null
  producer_name: string | null
  producer_handle: string | null
  stars: number
  certificate_status: CertificateStatus | "none"
  product_group: string | null
  product_set: string | null
  province_code: string | null
  province_name: string | null
  former_district: string | null
  legal_form: LegalForm | null
  in_stock: boolean
  wholesale?: boolean
  price_min: number | null
  created_at: string
}

type FacetValue = { value: string | number | boolean; count: number }
export type SearchFacet =
  | { type: "value"; values: FacetValue[] }
  | { type: "range"; ranges: { key: string; count: number }[] }
  | { type: "stats"; min: number; max: number }

/** One result of POST /store/search (Medusa's Search Module). */
export type SearchResult = {
  hits: { id?: string; document: ProductDocument }[]
  facets?: Record<string, SearchFacet>
  metadata: { count?: number | null; take?: number; skip?: number }
}

export type SearchQuery = {
  entity: "product"
  fields?: string[]
  filters?: Record<string, unknown>
  search_options?: Record<string, unknown>
  pagination?: { take?: number; skip?: number; order?: Record<string, "ASC" | "DESC"> }
}

export type FacetCount = { value: string; count: number }

/** What the catalogue shows: one page of products, how many in all, and the live facet counts. */
export type CatalogueResult = {
  products: ProductDocument[]
  total: number
  page: number
  pageCount: number
  facets: Record<CatalogueFacet, FacetCount[]>
}

export type CatalogueFacet =
  "group" | "set" | "stars" | "province" | "district" | "type" | "price" | "stock" | "wholesale"
