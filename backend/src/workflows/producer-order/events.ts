/** Emitted with `{ id }` (the producer order) when its producer accepts it: the buyer is e-mailed. */
export const PRODUCER_ORDER_ACCEPTED_EVENT = "ocop.producer_order.accepted"
/** Emitted with `{ id }` (the producer order) when its parcel is packed: the buyer is e-mailed. */
export const PRODUCER_ORDER_PACKED_EVENT = "ocop.producer_order.packed"
