import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { matchBankStatementStep } from "../steps/match-bank-statement"
import { capturePaymentsStep } from "../steps/capture-payments"
import { matchInvoicePaymentsStep } from "../steps/match-invoice-payments"
import { recordInvoicePaymentsStep } from "../steps/record-invoice-payments"

export const importBankStatementWorkflowId = "import-bank-statement"

/**
 * Marks paid exactly the VietQR payments whose reference and amount a bank statement shows, records
 * the credits that quote an invoice reference against those invoices (công nợ), and lists every
 * other credit with its reason for the operator: nothing else is ever accepted.
 */
export const importBankStatementWorkflow = createWorkflow(
  importBankStatementWorkflowId,
  (input: { csv: string; reference_prefix: string; captured_by?: string }) => {
    const result = matchBankStatementStep(input)
    const invoices = matchInvoicePaymentsStep(input)
    recordInvoicePaymentsStep(
      transform({ invoices, input }, ({ invoices, input }) => ({
        payments: invoices.payments,
        recorded_by: input.captured_by,
      }))
    )
    capturePaymentsStep(
      transform({ result, invoices, input }, ({ result, invoices, input }) => [
        ...result.matched.map((m) => ({ payment_id: m.payment_id, amount: m.amount, captured_by: input.captured_by })),
        ...invoices.captures.map((c) => ({ ...c, captured_by: input.captured_by })),
      ])
    )
    // A credit quoting an invoice is the invoice matching's: the VietQR matching saw no reference in it.
    const response = transform({ result, invoices }, ({ result, invoices }) => {
      const invoiceLines = new Set([...invoices.payments, ...invoices.mismatches].map((line) => line.line))
      return {
        matched: result.matched,
        mismatches: [...result.mismatches.filter((m) => !invoiceLines.has(m.line)), ...invoices.mismatches].sort(
          (a, b) => a.line - b.line
        ),
        invoice_payments: invoices.payments.map(({ statement_line_key: _key, ...payment }) => payment),
      }
    })
    return new WorkflowResponse(response)
  }
)
