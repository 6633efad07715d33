import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export const updateInvoiceStepId = "update-invoice"

type InvoiceUpdate = {
  id: string
  due_at?: Date | null
  status?: "open" | "paid" | "cancelled"
  paid_amount?: number
  paid_at?: Date | null
}

/** Updates one invoice; compensation puts back the fields it changed. */
export const updateInvoiceStep = createStep(
  updateInvoiceStepId,
  async (update: InvoiceUpdate | null, { container }) => {
    if (!update) return new StepResponse(null, null)
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const fields = Object.keys(update).filter((key) => key !== "id")
    const before = await ledger.retrieveInvoice(update.id, { select: ["id", ...fields] as never })
    const updated = await ledger.updateInvoices(update)
    return new StepResponse(updated, before as unknown as InvoiceUpdate)
  },
  async (before, { container }) => {
    if (!before) return
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.updateInvoices(before)
  }
)
