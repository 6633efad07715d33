import { OCOP_PRODUCTS_CHANGED_EVENT } from "../workflows/ocop/events"

type SearchEvent = { name: string; data?: unknown }
type Query = { graph: (input: Record<string, unknown>) => Promise<{ data: any[] }> }
type ConsumeContext = { container: { query: Query } }

const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted"]
const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated", "product-variant.deleted"]
// A price edit in the admin writes prices without touching the variant row.
const PRICE_EVENTS = ["price.created", "price.updated", "price.deleted"]
// Stock moves through levels (receiving, adjusting) and reservations (orders).
const STOCK_EVENTS = [
  "inventory-level.created", "inventory-level.updated", "inventory-level.deleted",
  "reservation-item.created", "reservation-item.updated", "reservation-item.deleted",
]

/** Every event that can change a product's search document. */
export const PRODUCT_SEARCH_EVENTS = [
  ...PRODUCT_EVENTS, ...VARIANT_EVENTS, ...PRICE_EVENTS, ...STOCK_EVENTS, OCOP_PRODUCTS_CHANGED_EVENT,
]

/** Only the product's own deletion removes its document; a deleted price or level re-reads the product. */
export const isProductDeletion = (event: SearchEvent) => event.name === "product.deleted"

const idsOf = (data: unknown): string[] => {
  const ids = (data as { id?: string | string[] } | undefined)?.id
  return ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]
}

const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))]

async function productIdsOfVariants(query: Query, variantIds: string[]) {
  if (!variantIds.length) return []
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantIds },
    withDeleted: true,
  })
  return unique(data.map((variant) => variant.product_id))
}

async function productIdsOfPrices(query: Query, priceIds: string[]) {
  const { data } = await query.graph({
    entity: "price",
    fields: ["id", "price_set.variant.product_id"],
    filters: { id: priceIds },
    withDeleted: true,
  })
  return unique(data.map((price) => price.price_set?.variant?.product_id))
}

async function inventoryItemIds(query: Query, entity: "inventory_level" | "reservation_item", ids: string[]) {
  const { data } = await query.graph({ entity, fields: ["id", "inventory_item_id"], filters: { id: ids }, withDeleted: true })
  return unique(data.map((row) => row.inventory_item_id))
}

async function productIdsOfInventoryItems(query: Query, itemIds: string[]) {
  if (!itemIds.length) return []
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "variants.product_id"],
    filters: { id: itemIds },
  })
  return unique(data.flatMap((item) => (item.variants ?? []).map((variant: { product_id?: string } | null) => variant?.product_id)))
}

/** The products whose documents an event touches, read back through the graph where the event names something else. */
export async function productIdsOfEvent(event: SearchEvent, { container }: ConsumeContext): Promise<string[]> {
  const ids = idsOf(event.data)
  if (event.name === OCOP_PRODUCTS_CHANGED_EVENT) return (event.data as { product_ids: string[] }).product_ids
  if (!ids.length || PRODUCT_EVENTS.includes(event.name)) return ids
  if (VARIANT_EVENTS.includes(event.name)) return productIdsOfVariants(container.query, ids)
  if (PRICE_EVENTS.includes(event.name)) return productIdsOfPrices(container.query, ids)
  const entity = event.name.startsWith("inventory-level") ? "inventory_level" : "reservation_item"
  return productIdsOfInventoryItems(container.query, await inventoryItemIds(container.query, entity, ids))
}
