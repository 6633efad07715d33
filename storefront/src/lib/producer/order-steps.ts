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

/** The buttons an order's page shows: only the steps the backend would take from here. */
export function nextOrderSteps(status: FulfilmentStatus): OrderStep[] {
  return NEXT[status] ?? []
}

export function isOrderStep(value: unknown): value is OrderStep {
  return value === "accept" || value === "pack" || value === "ship" || value === "deliver" || value === "cancel"
}
