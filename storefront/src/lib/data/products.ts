"use server"

import type { HttpTypes } from "@medusajs/types"
import { TAGS } from "../cache-tags"
import { getSdk, storeHeaders } from "../config"
import type { OcopProduct } from "../ocop/types"
import { retrieveRegion } from "./regions"

// The backend returns its OCOP links only as whole records (`ocop_certificates.*`), and a
// variant's metadata (its English title) only with `*variants`.
const OCOP_FIELDS = "ocop_certificates.*,ocop_origin.*"
const CARD_FIELDS = [
  "id,handle,title,subtitle,thumbnail,metadata",
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

async function fetchProducts(query: HttpTypes.StoreProductListParams) {
  const region = await retrieveRegion()
  const { products } = await getSdk().client.fetch<HttpTypes.StoreProductListResponse>(
    "/store/products",
    {
      query: { ...query, region_id: region.id },
      headers: await storeHeaders(),
      next: { tags: [TAGS.products] },
    }
  )
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
