import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "./events"

type Query = Omit<RemoteQueryFunction, symbol>

// Product events and ocop.products.changed name products already.
const PRODUCT_EVENTS = ["product.created", "product.updated", OCOP_PRODUCTS_CHANGED_EVENT]
const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated", "product-variant.deleted"]
// A price edit in the admin writes prices without touching the variant row.
const PRICE_EVENTS = ["price.created", "price.updated", "price.deleted"]
// Stock moves through levels (receiving, adjusting) and reservations (orders).
const LEVEL_EVENTS = ["inventory-level.created", "inventory-level.updated", "inventory-level.deleted"]
const RESERVATION_EVENTS = ["reservation-item.created", "reservation-item.updated", "reservation-item.deleted"]

/**
 * Events about anything a product's search document is built from. Most name a variant, price,
 * level or reservation, so they are mapped to products before indexing; all are batched, since a
 * catalogue import sends thousands of them at once.
 */
export const PRODUCT_SEARCH_SOURCE_EVENTS = [
  ...PRODUCT_EVENTS,
  ...VARIANT_EVENTS,
  ...PRICE_EVENTS,
  ...LEVEL_EVENTS,
  ...RESERVATION_EVENTS,
]

export type PartEventIds = Map<string, Set<string>>

export const idsOfEvent = (data: unknown): string[] => {
  const { id, product_ids } = (data ?? {}) as { id?: string | string[]; product_ids?: string[] }
  const ids = product_ids ?? id
  return ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]
}

const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))]

function idsFor(events: PartEventIds, names: string[]) {
  return unique(names.flatMap((name) => [...(events.get(name) ?? [])]))
}

async function productIdsOfVariants(query: Query, variantIds: string[]) {
  if (!variantIds.length) return []
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantIds },
    withDeleted: true,
  })
  return data.map((variant) => variant.product_id as string)
}

async function variantIdsOfPrices(query: Query, priceIds: string[]) {
  if (!priceIds.length) return []
  const { data } = await query.graph({
    entity: "price",
    fields: ["id", "price_set.variant.id"],
    filters: { id: priceIds },
    withDeleted: true,
  })
  return data.map((price) => price.price_set?.variant?.id as string | undefined)
}

async function inventoryItemIds(query: Query, entity: "inventory_level" | "reservation_item", ids: string[]) {
  if (!ids.length) return []
  const { data } = await query.graph({
    entity,
    fields: ["id", "inventory_item_id"],
    filters: { id: ids },
    withDeleted: true,
  })
  return data.map((row) => row.inventory_item_id as string)
}

async function variantIdsOfInventoryItems(query: Query, itemIds: string[]) {
  if (!itemIds.length) return []
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "variants.id"],
    filters: { id: unique(itemIds) },
  })
  return data.flatMap((item) => (item.variants ?? []).map((variant: { id?: string } | null) => variant?.id))
}

/** The products behind a batch of events, read back with one query per kind of part. */
export async function productIdsOfEvents(query: Query, events: PartEventIds): Promise<string[]> {
  const itemIds = [
    ...(await inventoryItemIds(query, "inventory_level", idsFor(events, LEVEL_EVENTS))),
    ...(await inventoryItemIds(query, "reservation_item", idsFor(events, RESERVATION_EVENTS))),
  ]
  const variantIds = unique([
    ...idsFor(events, VARIANT_EVENTS),
    ...(await variantIdsOfPrices(query, idsFor(events, PRICE_EVENTS))),
    ...(await variantIdsOfInventoryItems(query, itemIds)),
  ])
  return unique([...idsFor(events, PRODUCT_EVENTS), ...(await productIdsOfVariants(query, variantIds))])
}
