"use server"

import type { HttpTypes } from "@medusajs/types"
import { keptUnder, TAGS } from "../cache-tags"
import { getSdk, storeHeaders } from "../config"
import type { LineProduct } from "../cart/producer-groups"
import type { OcopProduct } from "../ocop/types"
import { retrieveRegion } from "./regions"

// The backend returns its OCOP links only as whole records (`ocop_certificates.*`), and a
// variant's metadata (its English title) only with `*variants`.
const OCOP_FIELDS = "ocop_certificates.*,ocop_origin.*"
const CARD_FIELDS = [
  "id,handle,title,subtitle,thumbnail,metadata,images.url,images.metadata",
  "variants.id,variants.title,variants.variant_rank,*variants.calculated_price",
  "producer.id,producer.name,producer.handle",
  OCOP_FIELDS,
].join(",")
const PAGE_FIELDS = [
  "id,handle,title,subtitle,description,thumbnail,metadata,*images",
  "*variants,*variants.calculated_price,+variants.inventory_quantity",
  "producer.id,producer.name,producer.handle,producer.legal_form,producer.women_led",
  "producer.ethnic_minority_led,producer.ethnic_group,producer.former_district",
  OCOP_FIELDS,
].join(",")

// A cart or order line names its product in Vietnamese only; the product has the English titles,
// the stock left and the producer the line is grouped under.
const LINE_FIELDS = [
  "id,handle,title,metadata",
  "*variants,+variants.inventory_quantity",
  "producer.id,producer.name,producer.handle",
].join(",")

async function fetchProducts(query: HttpTypes.StoreProductListParams) {
  const region = await retrieveRegion()
  const { products } = await getSdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { ...query, region_id: region.id },
    headers: await storeHeaders(),
    ...keptUnder(TAGS.catalogue),
  })
  return products as OcopProduct[]
}

/** Published products with prices in the store's region; only those in `ids` when given. */
export async function listProducts({ limit = 48, ids }: { limit?: number; ids?: string[] } = {}) {
  return fetchProducts({ fields: CARD_FIELDS, limit, ...(ids ? { id: ids } : {}) })
}

/** The published product with this handle, or null when there is none. */
export async function retrieveProduct(handle: string) {
  const products = await fetchProducts({ handle, fields: PAGE_FIELDS, limit: 1 })
  return products[0] ?? null
}

/** The products of cart or order lines, by id or by handle, as lines need them: read afresh, for the stock left. */
export async function listLineProducts(filter: { ids: string[] } | { handles: string[] }): Promise<LineProduct[]> {
  const query = "ids" in filter ? { id: filter.ids } : { handle: filter.handles }
  const count = "ids" in filter ? filter.ids.length : filter.handles.length
  if (count === 0) return []
  const { products } = await getSdk().client.fetch<{ products: LineProduct[] }>("/store/products", {
    query: { ...query, fields: LINE_FIELDS, limit: count },
    headers: await storeHeaders(),
  })
  return products
}
