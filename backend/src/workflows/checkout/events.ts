/** Emitted with `{ id }` (the order group) once a checkout is split into its producer orders. */
export const ORDER_GROUP_PLACED_EVENT = "ocop.order_group.placed"
