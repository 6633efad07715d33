/**
 * Where a producer order can be, as the producer portal and the office read it. The backend's state
 * machine (`backend/src/lib/producer-order-status.ts`) derives it and says which action each allows.
 */
export const FULFILMENT_STATUSES = ["placed", "accepted", "packed", "shipped", "delivered", "canceled"] as const
export type FulfilmentStatus = (typeof FULFILMENT_STATUSES)[number]
