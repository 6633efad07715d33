/** Emitted with `{ product_ids }` whenever OCOP data shown with products changes (certificates, origin, producer). */
export const OCOP_PRODUCTS_CHANGED_EVENT = "ocop.products.changed"

/** Emitted with `{ product_ids }` when those products' search documents must be rebuilt; batched, see subscribers/product-search-sources. */
export const PRODUCT_SEARCH_REFRESH_EVENT = "product-search.refresh"
