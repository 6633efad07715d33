import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_REFERENCE_PREFIX, TERMS_PROVIDER_ID } from "@ocop/shared"
import { buyerOfCustomer } from "../../../lib/buyer-company"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { makeReference } from "../../../modules/payment-vietqr/reference"

export const prepareInvoicesStepId = "prepare-invoices"

export type NewInvoice = {
  company_id: string
  order_id: string
  parent_order_id: string
  producer_id: string
  reference: string
  amount: number
  issued_at: Date
}

/**
 * The invoices a checkout paid on terms needs: one per producer order that has none yet (so a
 * second run writes nothing). None when the checkout was paid another way. No writes.
 */
export const prepareInvoicesStep = createStep(
  prepareInvoicesStepId,
  async ({ order_group_id }: { order_group_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "order_group",
      fields: ["id", "parent_order_id", "customer_id", "created_at", "orders.id", "orders.total", "orders.producer.id"],
      filters: { id: order_group_id },
    })
    if (!group) return new StepResponse([] as NewInvoice[])
    const {
      data: [parent],
    } = await query.graph({
      entity: "order",
      fields: ["id", "payment_collections.payments.provider_id", "payment_collections.payments.canceled_at"],
      filters: { id: group.parent_order_id },
    })
    const onTerms = (parent?.payment_collections ?? []).some((c) =>
      (c?.payments ?? []).some((p) => p?.provider_id === TERMS_PROVIDER_ID && !p.canceled_at)
    )
    const buyer = onTerms ? await buyerOfCustomer(container, group.customer_id) : undefined
    if (!buyer) return new StepResponse([] as NewInvoice[])

    const orders = (group.orders ?? []).filter((order): order is NonNullable<typeof order> => !!order)
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const existing = await ledger.listInvoices({ order_id: orders.map((o) => o.id) }, { select: ["order_id"] })
    const invoiced = new Set(existing.map((invoice) => invoice.order_id))
    const issuedAt = new Date()
    const invoices: NewInvoice[] = orders
      .filter((order) => !invoiced.has(order.id))
      .map((order) => ({
        company_id: buyer.company.id,
        order_id: order.id,
        parent_order_id: group.parent_order_id,
        producer_id: (order as { producer?: { id: string } | null }).producer?.id ?? "",
        reference: makeReference(INVOICE_REFERENCE_PREFIX),
        amount: Number(order.total ?? 0),
        issued_at: issuedAt,
      }))
    return new StepResponse(invoices)
  }
)
