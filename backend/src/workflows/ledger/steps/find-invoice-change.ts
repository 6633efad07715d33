import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export const findInvoiceDueDateStepId = "find-invoice-due-date"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A delivered producer order's invoice falls due `net_terms_days` after the delivery (the company's
 * terms when it was delivered). Null when the order has no open invoice or its due date is set.
 */
export const findInvoiceDueDateStep = createStep(
  findInvoiceDueDateStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const [invoice] = await ledger.listInvoices({ order_id, status: "open" }, { take: 1 })
    if (!invoice || invoice.due_at) return new StepResponse(null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ["id", "fulfillments.delivered_at"], filters: { id: order_id } })
    const deliveredAt = (order?.fulfillments ?? [])
      .map((f) => f?.delivered_at)
      .filter((at): at is NonNullable<typeof at> => !!at)
      .map((at) => new Date(at as string | Date).getTime())
      .sort((a, b) => b - a)[0]
    if (!deliveredAt) return new StepResponse(null)
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const company = await companies.retrieveCompany(invoice.company_id, { select: ["id", "net_terms_days"] })
    const dueAt = new Date(deliveredAt + Number(company.net_terms_days ?? 0) * DAY_MS)
    return new StepResponse({ id: invoice.id, due_at: dueAt })
  }
)

export const findInvoiceToCancelStepId = "find-invoice-to-cancel"

/** A cancelled producer order's open invoice, to cancel (null when it has none or it is paid). */
export const findInvoiceToCancelStep = createStep(
  findInvoiceToCancelStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const [invoice] = await ledger.listInvoices({ order_id, status: "open" }, { take: 1 })
    return new StepResponse(invoice ? { id: invoice.id, status: "cancelled" as const } : null)
  }
)
