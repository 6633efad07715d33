import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { NewInvoice } from "./prepare-invoices"

export const createInvoicesStepId = "create-invoices"

export const createInvoicesStep = createStep(
  createInvoicesStepId,
  async (invoices: NewInvoice[], { container }) => {
    if (!invoices.length) return new StepResponse([], [])
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const created = await ledger.createInvoices(invoices)
    return new StepResponse(
      created,
      created.map((invoice) => invoice.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.deleteInvoices(ids)
  }
)
