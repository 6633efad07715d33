import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InvoicePaymentLine } from "../../../lib/bank-statement/match-invoices"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export const recordInvoicePaymentsStepId = "record-invoice-payments"

type InvoiceBefore = { id: string; paid_amount: number; status: "open" | "paid" | "cancelled"; paid_at: Date | null }

/** Records each credit against its invoice and marks paid the invoices it settles. */
export const recordInvoicePaymentsStep = createStep(
  recordInvoicePaymentsStepId,
  async ({ payments, recorded_by }: { payments: InvoicePaymentLine[]; recorded_by?: string }, { container }) => {
    if (!payments.length) return new StepResponse([], { payment_ids: [] as string[], before: [] as InvoiceBefore[] })
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const invoiceIds = [...new Set(payments.map((p) => p.invoice_id))]
    const before = (await ledger.listInvoices(
      { id: invoiceIds },
      { select: ["id", "paid_amount", "status", "paid_at"] }
    )) as unknown as InvoiceBefore[]
    const created = await ledger.createInvoicePayments(
      payments.map((p) => ({
        invoice_id: p.invoice_id,
        amount: p.amount,
        statement_line_key: p.statement_line_key,
        description: p.description,
        recorded_by: recorded_by ?? null,
      }))
    )
    const now = new Date()
    await ledger.updateInvoices(
      before.map((invoice) => {
        const paid = payments.filter((p) => p.invoice_id === invoice.id)
        const settles = paid.some((p) => p.settles)
        return {
          id: invoice.id,
          paid_amount: Number(invoice.paid_amount) + paid.reduce((sum, p) => sum + p.amount, 0),
          ...(settles ? { status: "paid" as const, paid_at: now } : {}),
        }
      })
    )
    return new StepResponse(created, { payment_ids: created.map((p) => p.id), before })
  },
  async (undo, { container }) => {
    if (!undo?.payment_ids.length) return
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.deleteInvoicePayments(undo.payment_ids)
    await ledger.updateInvoices(undo.before)
  }
)
