import type { AgeingBucket, AgeingSummary, InvoiceStatus } from "@ocop/shared"

/** A company's terms as the backend's ledger reports them. */
export type LedgerTerms = { eligible: boolean; net_terms_days: number; credit_limit: number; available: number }

export type LedgerInvoice = {
  id: string
  order_id: string
  order_display_id: number | null
  producer_id: string
  producer_name: string | null
  company_id: string
  company_name: string | null
  reference: string
  amount: number
  paid_amount: number
  outstanding: number
  issued_at: string
  due_at: string | null
  paid_at: string | null
  status: InvoiceStatus
  days_overdue: number
  bucket: AgeingBucket | null
}

export type CompanyLedger = {
  terms: LedgerTerms
  summary: AgeingSummary & { uninvoiced: number; balance: number }
  invoices: LedgerInvoice[]
}

export type Receivables = { summary: AgeingSummary; invoices: LedgerInvoice[] }
