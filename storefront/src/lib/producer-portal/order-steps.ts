import type { ProducerPaymentStatus } from "@ocop/shared"
import type { FulfilmentStatus } from "./types"

export type OrderStep = "accept" | "pack" | "ship" | "deliver" | "cancel"

// The ways forward from each status: accepting is optional (a placed order may be packed at once),
// cancelling is possible until the parcel ships.
const NEXT: Record<FulfilmentStatus, OrderStep[]> = {
  placed: ["accept", "pack", "cancel"],
  accepted: ["pack", "cancel"],
  packed: ["ship", "cancel"],
  shipped: ["deliver"],
  delivered: [],
  canceled: [],
}

/**
 * The buttons an order's page shows: only the steps the backend would take from here. A bank
 * transfer not received yet cannot be packed (the backend refuses it), so packing is not offered.
 */
export function nextOrderSteps(status: FulfilmentStatus, paymentStatus?: ProducerPaymentStatus): OrderStep[] {
  const steps = NEXT[status] ?? []
  return paymentStatus === "awaiting_payment" ? steps.filter((step) => step !== "pack") : steps
}

export function isOrderStep(value: unknown): value is OrderStep {
  return value === "accept" || value === "pack" || value === "ship" || value === "deliver" || value === "cancel"
}
