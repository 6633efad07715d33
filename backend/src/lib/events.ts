/*
 * The events our workflows emit. Their names live below the workflows, so that subscribers, the
 * search index and lib's helpers that listen to them import downward.
 */

/** Emitted with `{ product_ids }` whenever OCOP data shown with products changes (certificates, origin, producer). */
export const OCOP_PRODUCTS_CHANGED_EVENT = "ocop.products.changed"

/**
 * Emitted with `{ product_ids }` when those products' search documents must be rebuilt; batched, see
 * subscribers/product-search-sources.
 */
export const PRODUCT_SEARCH_REFRESH_EVENT = "product-search.refresh"

/** Emitted with `{ id }` (the order group) once a checkout is split into its producer orders. */
export const ORDER_GROUP_PLACED_EVENT = "ocop.order_group.placed"

/** Emitted with `{ id }` (the producer order) when its producer accepts it: the buyer is e-mailed. */
export const PRODUCER_ORDER_ACCEPTED_EVENT = "ocop.producer_order.accepted"

/** Emitted with `{ id }` (the producer order) when its parcel is packed: the buyer is e-mailed. */
export const PRODUCER_ORDER_PACKED_EVENT = "ocop.producer_order.packed"
