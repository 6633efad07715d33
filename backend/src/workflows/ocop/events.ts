/** Emitted with `{ product_ids }` whenever OCOP data shown with products changes (certificates, origin, producer). */
export const OCOP_PRODUCTS_CHANGED_EVENT = "ocop.products.changed"
