"use server"

import type { PortalFormState } from "../producer-portal/form-state"
import { invalidatePortal } from "../producer-portal/invalidate-portal"
import { isOrderStep } from "../producer-portal/order-steps"
import { isStatus, producerFetch, refusedForm } from "../producer-portal/producer-api"
import { FULFILMENT_STATUSES, type FulfilmentStatus, type ProducerOrder } from "../producer-portal/types"

const ORDERS_PAGE_SIZE = 50
const ID = /^[a-z]+_[A-Za-z0-9]+$/

/** The producer's orders from the checkout split, newest first, optionally of one fulfilment status. */
export async function listProducerOrders(status?: string): Promise<{ orders: ProducerOrder[]; count: number }> {
  const filter = FULFILMENT_STATUSES.includes(status as FulfilmentStatus) ? { fulfilment_status: status } : {}
  return producerFetch("/producer/orders", { query: { limit: ORDERS_PAGE_SIZE, offset: 0, ...filter } })
}

/** One of the producer's orders, or null for an id that is not its own (the backend's 404). */
export async function retrieveProducerOrder(id: string): Promise<ProducerOrder | null> {
  if (!ID.test(id)) return null
  try {
    return (await producerFetch<{ order: ProducerOrder }>(`/producer/orders/${id}`)).order
  } catch (error) {
    if (isStatus(error, 404)) return null
    throw error
  }
}

/**
 * The order's next step (`step`): accept, pack, deliver; ship with carrier and tracking; cancel with
 * a reason. The status the page showed goes along, so a step chosen on a page another member has
 * since made stale is refused (409) instead of acting on an order the producer did not see.
 */
export async function advanceProducerOrder(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const id = String(formData.get("order_id") ?? "")
  const step = formData.get("step")
  const values = {
    carrier: String(formData.get("carrier") ?? "").trim(),
    tracking_number: String(formData.get("tracking_number") ?? "").trim(),
    reason: String(formData.get("reason") ?? "").trim(),
  }
  const seen = formData.get("expected_status")
  if (!ID.test(id) || !isOrderStep(step) || !FULFILMENT_STATUSES.includes(seen as FulfilmentStatus))
    return { values, errors: {}, error: "generic" }
  const errors: PortalFormState["errors"] = {}
  if (step === "ship" && !values.carrier) errors.carrier = "required"
  if (step === "ship" && !values.tracking_number) errors.tracking_number = "required"
  if (step === "cancel" && !values.reason) errors.reason = "required"
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  const details =
    step === "ship"
      ? { carrier: values.carrier, tracking_number: values.tracking_number }
      : step === "cancel"
        ? { reason: values.reason }
        : {}
  const body = { ...details, expected_status: seen }
  try {
    await producerFetch(`/producer/orders/${id}/${step}`, { method: "POST", body })
  } catch (error) {
    return refusedForm(error, values)
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}
