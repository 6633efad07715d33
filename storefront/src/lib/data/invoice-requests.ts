"use server"

import type { InvoiceBuyer } from "@ocop/shared"
import { shopperHeaders } from "../auth/auth-cookie"
import { errorCode, type BackendError } from "../backend-error"
import { readCartId } from "../cart/cart-cookie"
import { invalidateCart } from "../cart/invalidate-cart"
import { fieldOfRefusal, readInvoiceRequestForm, type InvoiceRequestFormState } from "../invoices/invoice-request-state"
import { producerFetch } from "../producer-portal/producer-api"
import type { ProducerOrder } from "../producer-portal/types"
import { storeFetch } from "../store-fetch"
import { listCommunes } from "./places"

const INVOICE_REQUESTS_PAGE_SIZE = 20
const DAY = /^\d{4}-\d{2}-\d{2}$/

const invoiceRequestPath = (cartId: string) => `/store/carts/${encodeURIComponent(cartId)}/invoice-request`

/** Whom the cart's orders will be invoiced to: the buyer's verified company, the consumer's request, or null. */
export async function retrieveCartInvoiceBuyer(): Promise<InvoiceBuyer | null> {
  const cartId = await readCartId()
  if (!cartId) return null
  const { invoice_buyer } = await storeFetch<{ invoice_buyer: InvoiceBuyer | null }>(invoiceRequestPath(cartId), {
    headers: await shopperHeaders(),
  })
  return invoice_buyer
}

/** A consumer asks for a company invoice for the cart's orders (the checkout's "Xuất hóa đơn công ty"). */
export async function saveInvoiceRequest(
  _previous: InvoiceRequestFormState,
  formData: FormData
): Promise<InvoiceRequestFormState> {
  const { values, errors } = readInvoiceRequestForm(formData)
  const communes = values.province_code ? await listCommunes(values.province_code).catch(() => []) : []
  if (Object.keys(errors).length) return { values, errors, communes, error: "fixFields" }

  const cartId = await readCartId()
  if (!cartId) return { values, errors, communes, error: "cartGone" }
  try {
    await storeFetch(invoiceRequestPath(cartId), {
      method: "POST",
      body: {
        legal_name: values.legal_name,
        tax_code: values.tax_code,
        invoice_email: values.invoice_email,
        invoice_street: values.invoice_street,
        invoice_province_code: values.province_code,
        invoice_commune_code: values.commune_code,
      },
      headers: await shopperHeaders(),
    })
  } catch (error) {
    const field = fieldOfRefusal(errorCode(error))
    if (field) return { values, errors: { [field]: "invalid" }, communes, error: "fixFields" }
    console.error(`Could not save the invoice request of cart ${cartId}`, (error as BackendError).message)
    return { values, errors, communes, error: "generic" }
  }
  invalidateCart()
  return { values, errors: {}, communes, saved: true }
}

/** The consumer no longer wants a company invoice. */
export async function removeInvoiceRequest(
  _previous: InvoiceRequestFormState,
  _formData: FormData
): Promise<InvoiceRequestFormState> {
  const cartId = await readCartId()
  if (!cartId) return { values: {}, errors: {}, error: "cartGone" }
  try {
    await storeFetch(invoiceRequestPath(cartId), { method: "DELETE", headers: await shopperHeaders() })
  } catch (error) {
    console.error(`Could not withdraw the invoice request of cart ${cartId}`, (error as BackendError).message)
    return { values: {}, errors: {}, error: "generic" }
  }
  invalidateCart()
  return { values: {}, errors: {}, removed: true }
}

/** The producer's orders that carry a buyer's invoice data, newest first, in a range of days (YYYY-MM-DD). */
export async function listInvoiceRequests({
  from,
  to,
  page = 1,
}: {
  from?: string
  to?: string
  page?: number
}): Promise<{ orders: ProducerOrder[]; count: number; limit: number; offset: number }> {
  const range = {
    ...(from && DAY.test(from) ? { from } : {}),
    ...(to && DAY.test(to) ? { to } : {}),
  }
  const offset = (Math.max(1, Math.floor(page)) - 1) * INVOICE_REQUESTS_PAGE_SIZE
  return producerFetch("/producer/invoice-requests", {
    query: { ...range, limit: INVOICE_REQUESTS_PAGE_SIZE, offset },
  })
}
