/*
 * The producer order's state machine: where an order is (read from its fulfilments and metadata,
 * Medusa has no such status) and which action the producer may take from there. The workflows'
 * steps and every view of an order (portal, office, buyer) read it from here.
 */

import { FULFILMENT_STATUSES, type FulfilmentStatus } from "@ocop/shared"

export { FULFILMENT_STATUSES, type FulfilmentStatus }

export type ProducerOrderAction = "accept" | "pack" | "ship" | "deliver" | "cancel"

type FulfilmentProgress = { shipped_at?: unknown; delivered_at?: unknown; canceled_at?: unknown }
type OrderProgress<Fulfilment extends FulfilmentProgress> = {
  status?: string
  metadata?: Record<string, unknown> | null
  fulfillments?: Fulfilment[] | null
}

/** The fulfilments that still count: a cancelled one gave its stock back. */
export const liveFulfillments = <Fulfilment extends FulfilmentProgress>(order: OrderProgress<Fulfilment>) =>
  (order.fulfillments ?? []).filter((f) => !f.canceled_at)

/**
 * Where a producer order is: cancelled, else the furthest step of its live fulfilments, else
 * accepted or just placed.
 */
export function fulfilmentStatus(order: OrderProgress<FulfilmentProgress>): FulfilmentStatus {
  if (order.status === "canceled") return "canceled"
  const live = liveFulfillments(order)
  if (live.some((f) => f.delivered_at)) return "delivered"
  if (live.some((f) => f.shipped_at)) return "shipped"
  if (live.length) return "packed"
  return order.metadata?.accepted_at ? "accepted" : "placed"
}

export type DeliveryStatus = Exclude<FulfilmentStatus, "accepted">

/**
 * Where the order is as its buyer follows it: accepting is between the producer and the store, so
 * the buyer sees it placed until it is packed.
 */
export function deliveryStatus(order: OrderProgress<FulfilmentProgress>): DeliveryStatus {
  const status = fulfilmentStatus(order)
  return status === "accepted" ? "placed" : status
}

// From which statuses each action may be taken. Accepting is optional: a producer may pack straight away.
const ALLOWED_FROM: Record<ProducerOrderAction, FulfilmentStatus[]> = {
  accept: ["placed"],
  pack: ["placed", "accepted"],
  ship: ["packed"],
  deliver: ["shipped"],
  // A parcel on its way can no longer be called back (Medusa refuses to cancel a shipped fulfilment).
  cancel: ["placed", "accepted", "packed"],
}

const BEFORE: Partial<Record<ProducerOrderAction, string>> = {
  ship: "pack it before shipping",
  deliver: "ship it before marking it delivered",
}

/** Why this action cannot be taken now, or undefined when it can. */
export function producerOrderActionRefusal(status: FulfilmentStatus, action: ProducerOrderAction): string | undefined {
  if (ALLOWED_FROM[action].includes(status)) return undefined
  if (status === "canceled" || status === "delivered") return `order: it is ${status}; nothing more can be done with it`
  if (action === "cancel") return "order: it has shipped; a parcel on its way cannot be cancelled"
  const order = ["placed", "accepted", "packed", "shipped"] as FulfilmentStatus[]
  const needed = ALLOWED_FROM[action][0]
  if (order.indexOf(status) < order.indexOf(needed) && BEFORE[action]) return `order: ${BEFORE[action]}`
  return `order: it is already ${status}`
}
