import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERMS_PROVIDER_ID } from "@ocop/shared"
import { matchInvoicePayments, statementInvoiceReferences } from "../../../lib/bank-statement/match-invoices"
import { parseStatementCsv } from "../../../lib/bank-statement/parse-statement"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export const matchInvoicePaymentsStepId = "match-invoice-payments"

/**
 * Reads the statement's credits that quote an invoice reference and pairs them with the invoices
 * they pay; for each invoice they settle, the checkout's terms payment to capture. No writes.
 */
export const matchInvoicePaymentsStep = createStep(
  matchInvoicePaymentsStepId,
  async ({ csv }: { csv: string }, { container }) => {
    const rows = parseStatementCsv(csv)
    const references = statementInvoiceReferences(rows)
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const invoices = references.length ? await ledger.listInvoices({ reference: references }) : []
    const recorded = invoices.length
      ? await ledger.listInvoicePayments({ invoice_id: invoices.map((i) => i.id) } as never, {
          select: ["statement_line_key"],
        })
      : []
    const result = matchInvoicePayments(
      rows,
      invoices.map((invoice) => ({
        id: invoice.id,
        reference: invoice.reference,
        status: invoice.status,
        outstanding: Number(invoice.amount) - Number(invoice.paid_amount),
      })),
      new Set(recorded.map((payment) => payment.statement_line_key))
    )

    // A settled invoice's part of the checkout's terms payment (on the parent order) is captured.
    const settled = invoices.filter((invoice) => result.payments.some((p) => p.invoice_id === invoice.id && p.settles))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: parents } = settled.length
      ? await query.graph({
          entity: "order",
          fields: [
            "id",
            "payment_collections.payments.id",
            "payment_collections.payments.provider_id",
            "payment_collections.payments.canceled_at",
          ],
          filters: { id: settled.map((invoice) => invoice.parent_order_id) },
        })
      : { data: [] }
    const termsPaymentOf = new Map(
      parents.map((parent) => [
        parent.id,
        (parent.payment_collections ?? [])
          .flatMap((c) => c?.payments ?? [])
          .find((p) => p?.provider_id === TERMS_PROVIDER_ID && !p.canceled_at)?.id,
      ])
    )
    const captures = settled.flatMap((invoice) => {
      const paymentId = termsPaymentOf.get(invoice.parent_order_id)
      return paymentId ? [{ payment_id: paymentId, amount: Number(invoice.amount) }] : []
    })
    return new StepResponse({ ...result, captures })
  }
)
