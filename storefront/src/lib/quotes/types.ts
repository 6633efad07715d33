import type { QuoteAuthor, QuoteStatus } from "@ocop/shared"

/** A quote as GET /store/quotes/:id and /producer/quotes/:id answer it (backend lib/quote-view.ts). */
export type Quote = {
  id: string
  status: QuoteStatus
  company_id: string
  producer_id: string
  wished_delivery_date: string | null
  note: string | null
  valid_until: string | null
  reject_reason: string | null
  cart_id: string | null
  order_ids: string[] | null
  created_at: string
  total: number | null
  producer: { id: string; name: string; handle: string } | null
  company: { id: string; legal_name: string } | null
  lines: { id: string; variant_id: string; title: string; quantity: number; unit_price: number | null }[]
  messages?: { id: string; author: QuoteAuthor; body: string; created_at: string }[]
}

/** A quote form after a submit: the field the backend named, and which refusal (keys under `Quotes.error`). */
export type QuoteFormState = {
  error?: "fixFields" | "notVerified" | "expired" | "status" | "notFound" | "generic"
  field?: string
  detail?: string
  saved?: boolean
}

export const emptyQuoteForm: QuoteFormState = {}

export const QUOTE_ID = /^quo_[A-Za-z0-9]{1,64}$/
