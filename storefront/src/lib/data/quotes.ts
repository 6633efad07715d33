"use server"

import { refresh } from "next/cache"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { shopperHeaders } from "../auth/auth-cookie"
import { writeCartId } from "../cart/cart-cookie"
import { invalidateCart } from "../cart/invalidate-cart"
import { quoteRefusal } from "../quotes/quote-refusal"
import { QUOTE_ID, type Quote, type QuoteFormState } from "../quotes/types"
import { storeFetch } from "../store-fetch"

const QUOTES_PAGE_SIZE = 50
const ID = /^[a-z]+_[A-Za-z0-9]{1,64}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The company's quotes, newest first; null when the shopper is not staff of a verified company (or signed out). */
export async function listQuotes(): Promise<Quote[] | null> {
  try {
    const { quotes } = await storeFetch<{ quotes: Quote[] }>("/store/quotes", {
      query: { limit: String(QUOTES_PAGE_SIZE) },
      headers: await shopperHeaders(),
    })
    return quotes
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403) return null
    throw error
  }
}

/** One of the company's quotes with its thread, or null (not the company's, or not a buyer). */
export async function retrieveQuote(id: string): Promise<Quote | null> {
  if (!QUOTE_ID.test(id)) return null
  try {
    const { quote } = await storeFetch<{ quote: Quote }>(`/store/quotes/${id}`, { headers: await shopperHeaders() })
    return quote
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return null
    throw error
  }
}

/** Asks a producer for prices on one of its variants (the product page's form), then shows the new quote. */
export async function requestQuote(_previous: QuoteFormState, formData: FormData): Promise<QuoteFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const quantity = Number(formData.get("quantity"))
  const producerId = String(formData.get("producer_id") ?? "")
  const variantId = String(formData.get("variant_id") ?? "")
  const wished = String(formData.get("wished_delivery_date") ?? "").trim()
  const note = String(formData.get("note") ?? "").trim()
  if (!ID.test(producerId) || !ID.test(variantId)) return { error: "generic" }
  if (!Number.isInteger(quantity) || quantity < 1) return { error: "fixFields", field: "quantity" }
  if (wished && !DAY.test(wished)) return { error: "fixFields", field: "wished_delivery_date" }
  let id: string
  try {
    const { quote } = await storeFetch<{ quote: Quote }>("/store/quotes", {
      method: "POST",
      body: {
        producer_id: producerId,
        items: [{ variant_id: variantId, quantity }],
        ...(wished ? { wished_delivery_date: wished } : {}),
        ...(note ? { note } : {}),
      },
      headers: await shopperHeaders(),
    })
    id = quote.id
  } catch (error) {
    return quoteRefusal(error)
  }
  return redirect({ href: `/account/quotes/${id}`, locale })
}

/** Runs one action on a quote (`path` below it) and renders the page again. */
async function quoteAction(id: string, path: string, body: Record<string, string>): Promise<QuoteFormState> {
  if (!QUOTE_ID.test(id)) return { error: "notFound" }
  try {
    await storeFetch(`/store/quotes/${id}/${path}`, { method: "POST", body, headers: await shopperHeaders() })
  } catch (error) {
    return quoteRefusal(error)
  }
  refresh()
  return { saved: true }
}

/** The buyer writes in the quote's thread. */
export async function sendQuoteMessage(_previous: QuoteFormState, formData: FormData): Promise<QuoteFormState> {
  const body = String(formData.get("body") ?? "").trim()
  if (!body) return { error: "fixFields", field: "body" }
  return quoteAction(String(formData.get("quote_id")), "messages", { body })
}

/** The buyer declines the quote, saying why. */
export async function rejectQuote(_previous: QuoteFormState, formData: FormData): Promise<QuoteFormState> {
  const reason = String(formData.get("reason") ?? "").trim()
  if (reason.length < 3) return { error: "fixFields", field: "reason" }
  return quoteAction(String(formData.get("quote_id")), "reject", { reason })
}

/** The buyer asks the producer again (after an answer, or once it expired), saying what should change. */
export async function requestQuoteAgain(_previous: QuoteFormState, formData: FormData): Promise<QuoteFormState> {
  const body = String(formData.get("body") ?? "").trim()
  if (!body) return { error: "fixFields", field: "body" }
  return quoteAction(String(formData.get("quote_id")), "request-again", { body })
}

/**
 * Accepts the producer's prices: the backend prepares a cart with the quoted lines at those prices,
 * which becomes the shopper's cart; the buyer then checks out as usual (delivery, payment).
 */
export async function acceptQuote(_previous: QuoteFormState, formData: FormData): Promise<QuoteFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const id = String(formData.get("quote_id"))
  if (!QUOTE_ID.test(id)) return { error: "notFound" }
  try {
    const { cart_id } = await storeFetch<{ cart_id: string }>(`/store/quotes/${id}/accept`, {
      method: "POST",
      body: {},
      headers: await shopperHeaders(),
    })
    await writeCartId(cart_id)
  } catch (error) {
    return quoteRefusal(error)
  }
  invalidateCart()
  return redirect({ href: "/checkout", locale })
}
