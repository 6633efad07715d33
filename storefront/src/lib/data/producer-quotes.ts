"use server"

import { QUOTE_STATUSES, type QuoteStatus } from "@ocop/shared"
import type { PortalFormState } from "../producer-portal/form-state"
import { invalidatePortal } from "../producer-portal/invalidate-portal"
import { isStatus, producerFetch, refusedForm } from "../producer-portal/producer-api"
import { QUOTE_ID, type Quote } from "../quotes/types"

const QUOTES_PAGE_SIZE = 50
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The producer's quotes inbox, newest first, optionally at one status. */
export async function listProducerQuotes(status?: string): Promise<{ quotes: Quote[]; count: number }> {
  const filter = QUOTE_STATUSES.includes(status as QuoteStatus) ? { status } : {}
  return producerFetch("/producer/quotes", { query: { limit: QUOTES_PAGE_SIZE, offset: 0, ...filter } })
}

/** One of the producer's quotes with its thread, or null for an id that is not its own (the backend's 404). */
export async function retrieveProducerQuote(id: string): Promise<Quote | null> {
  if (!QUOTE_ID.test(id)) return null
  try {
    return (await producerFetch<{ quote: Quote }>(`/producer/quotes/${id}`)).quote
  } catch (error) {
    if (isStatus(error, 404)) return null
    throw error
  }
}

/** The producer prices every line (`price_<line id>`) and says until which day the prices hold. */
export async function answerProducerQuote(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const id = String(formData.get("quote_id") ?? "")
  const entries = [...formData.entries()].filter(([name]) => name.startsWith("price_"))
  const values = Object.fromEntries(entries.map(([name, value]) => [name, String(value).trim()]))
  values.valid_until = String(formData.get("valid_until") ?? "").trim()
  if (!QUOTE_ID.test(id)) return { values, errors: {}, error: "generic" }
  const errors: PortalFormState["errors"] = {}
  const lines = entries.map(([name, value]) => ({ id: name.slice("price_".length), unit_price: Number(value) }))
  for (const line of lines) {
    if (!Number.isInteger(line.unit_price) || line.unit_price <= 0) errors[`price_${line.id}`] = "price"
  }
  if (!DAY.test(values.valid_until)) errors.valid_until = "required"
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  try {
    await producerFetch(`/producer/quotes/${id}/answer`, {
      method: "POST",
      body: { lines, valid_until: values.valid_until },
    })
  } catch (error) {
    // `lines.0.unit_price` names a line by its place in the form's list.
    return refusedForm(error, values, (name) => (name === "lines" ? undefined : name))
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}

/** The producer writes in the quote's thread. */
export async function sendProducerQuoteMessage(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const id = String(formData.get("quote_id") ?? "")
  const values = { body: String(formData.get("body") ?? "").trim() }
  if (!QUOTE_ID.test(id)) return { values, errors: {}, error: "generic" }
  if (!values.body) return { values, errors: { body: "required" }, error: "fixFields" }
  try {
    await producerFetch(`/producer/quotes/${id}/messages`, { method: "POST", body: values })
  } catch (error) {
    return refusedForm(error, values)
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}
