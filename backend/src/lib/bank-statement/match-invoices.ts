import crypto from "node:crypto"
import { INVOICE_REFERENCE_PREFIX } from "@ocop/shared"
import { extractReferences } from "../../modules/payment-vietqr/reference"
import type { StatementRow } from "./parse-statement"

/** An invoice a transfer may pay: what is still owed on it. */
export type OpenInvoice = { id: string; reference: string; outstanding: number; status: string }

export type InvoicePaymentLine = {
  line: number
  reference: string
  invoice_id: string
  amount: number
  description: string
  /** Identifies the statement line, so that importing the same statement twice records nothing twice. */
  statement_line_key: string
  /** The invoice is fully paid with this line (and those before it in the file). */
  settles: boolean
}

export type InvoiceMismatch = {
  line: number
  reference: string
  amount: number
  description: string
  reason: "unknown_reference" | "already_paid" | "amount_differs" | "several_references"
  expected_amount?: number
}

/** Every invoice reference the statement's credits name. */
export const statementInvoiceReferences = (rows: StatementRow[]) => [
  ...new Set(rows.flatMap((row) => extractReferences(row.description, INVOICE_REFERENCE_PREFIX))),
]

/**
 * The same transfer in two exports of the statement has the same date, amount and words; two real
 * transfers alike in all three are told apart by their order in the file.
 */
function lineKeys(rows: StatementRow[]): string[] {
  const seen = new Map<string, number>()
  return rows.map((row) => {
    const base = `${row.date}|${row.amount}|${row.description}`
    const nth = (seen.get(base) ?? 0) + 1
    seen.set(base, nth)
    return crypto.createHash("sha256").update(`${base}|${nth}`).digest("hex")
  })
}

/**
 * Pays invoices from a statement's credits that name exactly one invoice reference. An invoice may
 * be paid in parts; a credit larger than what is still owed is left for a person, as is a
 * reference we do not know or an invoice already paid or cancelled. Rows without an invoice
 * reference are not this function's (the VietQR matching reads them).
 */
export function matchInvoicePayments(
  rows: StatementRow[],
  invoices: OpenInvoice[],
  recordedKeys: Set<string>
): { payments: InvoicePaymentLine[]; mismatches: InvoiceMismatch[] } {
  const byReference = new Map(invoices.map((invoice) => [invoice.reference.toUpperCase(), invoice]))
  const owed = new Map(invoices.map((invoice) => [invoice.id, invoice.outstanding]))
  const keys = lineKeys(rows)
  const payments: InvoicePaymentLine[] = []
  const mismatches: InvoiceMismatch[] = []
  rows.forEach((row, index) => {
    const references = extractReferences(row.description, INVOICE_REFERENCE_PREFIX)
    if (!references.length) return
    const mismatch = (reason: InvoiceMismatch["reason"], extra: Partial<InvoiceMismatch> = {}) =>
      mismatches.push({
        line: row.line,
        reference: references[0],
        amount: row.amount,
        description: row.description,
        reason,
        ...extra,
      })
    if (references.length > 1) return mismatch("several_references")
    const invoice = byReference.get(references[0])
    if (!invoice) return mismatch("unknown_reference")
    const outstanding = owed.get(invoice.id) ?? 0
    if (invoice.status !== "open" || recordedKeys.has(keys[index]) || outstanding <= 0) return mismatch("already_paid")
    if (row.amount > outstanding) return mismatch("amount_differs", { expected_amount: outstanding })
    owed.set(invoice.id, outstanding - row.amount)
    payments.push({
      line: row.line,
      reference: references[0],
      invoice_id: invoice.id,
      amount: row.amount,
      description: row.description,
      statement_line_key: keys[index],
      settles: outstanding - row.amount === 0,
    })
  })
  return { payments, mismatches }
}
