"use server"

import type { HttpTypes } from "@medusajs/types"
import { TAGS } from "../cache-tags"
import { getSdk, storeHeaders } from "../config"
import { retrieveRegion } from "./regions"

const VARIANT_PRICE_FIELDS =
  "variants.id,variants.title,variants.variant_rank,*variants.calculated_price"
const CARD_FIELDS = `id,handle,title,subtitle,thumbnail,${VARIANT_PRICE_FIELDS}`
const PAGE_FIELDS = `id,handle,title,subtitle,description,thumbnail,*images,${VARIANT_PRICE_FIELDS}`

async function fetchProducts(query: HttpTypes.StoreProductListParams) {
  const region = await retrieveRegion()
  return getSdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { ...query, region_id: region.id },
    headers: await storeHeaders(),
    next: { tags: [TAGS.products] },
  })
}

/** Published products with prices in the store's region. */
export async function listProducts({ limit = 48 }: { limit?: number } = {}) {
  const { products } = await fetchProducts({ fields: CARD_FIELDS, limit })
  return products
}

/** The published product with this handle, or null when there is none. */
export async function retrieveProduct(handle: string) {
  const { products } = await fetchProducts({ handle, fields: PAGE_FIELDS, limit: 1 })
  return products[0] ?? null
}
