import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ageingSummary, TERMS_PROVIDER_ID, type AgeingSummary } from "@ocop/shared"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import { Buyer, buysWholesale } from "./buyer-company"

/** Only a verified company that the office gave net terms buys on terms. */
export const paysOnTerms = (buyer: Buyer | undefined): buyer is Buyer =>
  buysWholesale(buyer) && Number(buyer.company.net_terms_days) > 0

export type InvoiceRow = {
  id: string
  company_id: string
  order_id: string
  parent_order_id: string
  producer_id: string
  reference: string
  amount: number
  paid_amount: number
  issued_at: Date | string
  due_at: Date | string | null
  paid_at: Date | string | null
  status: "open" | "paid" | "cancelled"
}

export const INVOICE_FIELDS = [
  "id",
  "company_id",
  "order_id",
  "parent_order_id",
  "producer_id",
  "reference",
  "amount",
  "paid_amount",
  "issued_at",
  "due_at",
  "paid_at",
  "status",
] as const

export async function listInvoices(
  container: MedusaContainer,
  filters: Record<string, unknown>
): Promise<InvoiceRow[]> {
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  return (await ledger.listInvoices(filters, {
    select: [...INVOICE_FIELDS],
    order: { issued_at: "DESC" },
  })) as unknown as InvoiceRow[]
}

/**
 * How far back a checkout on terms is looked for among those not yet invoiced. Their invoices are
 * written seconds after the checkout is split (a subscriber, idempotent on retry), so the window
 * only has to cover a delay; it keeps the read to the company's recent orders instead of its history.
 */
export const UNINVOICED_WINDOW_DAYS = 7

/**
 * The company's checkouts on terms made `since`, whose invoices are not written yet (they are written just
 * after the checkout is split, by a subscriber): their total is owed all the same.
 */
async function uninvoicedTermsOrders(
  container: MedusaContainer,
  companyId: string,
  invoiced: Set<string>,
  since: Date
) {
  const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
  const staff = await companies.listCompanyStaffs({ company_id: companyId } as never, { select: ["customer_id"] })
  const customerIds = staff.map((member) => member.customer_id)
  if (!customerIds.length) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "total",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.canceled_at",
    ],
    filters: {
      customer_id: customerIds,
      created_at: { $gte: since },
    },
  })
  return orders
    .filter(
      (order) =>
        order.status !== "canceled" &&
        !invoiced.has(order.id) &&
        (order.payment_collections ?? []).some((collection) =>
          (collection?.payments ?? []).some((p) => p?.provider_id === TERMS_PROVIDER_ID && !p.canceled_at)
        )
    )
    .reduce((sum, order) => sum + Number(order.total ?? 0), 0)
}

export type CompanyBalance = AgeingSummary & {
  /** Owed on checkouts on terms that have no invoices yet. */
  uninvoiced: number
  /** open + uninvoiced: what counts against the credit limit. */
  balance: number
}

/**
 * What a company owes on terms on `today`: its open invoices by ageing bucket, plus checkouts not yet
 * invoiced. `invoices` are the company's invoices the answer lists: every one (its ledger) or only
 * the open ones (the credit check, whose cost then follows what is owed, not the company's history).
 */
export async function companyBalance(
  container: MedusaContainer,
  companyId: string,
  today = new Date(),
  invoices: "all" | "open" = "all"
): Promise<CompanyBalance & { invoices: InvoiceRow[] }> {
  const rows = await listInvoices(container, {
    company_id: companyId,
    ...(invoices === "open" ? { status: "open" } : {}),
  })
  const summary = ageingSummary(rows, today)
  // A checkout is invoiced once any of its producer orders is: paid invoices count here too.
  const recent = new Date(today.getTime() - UNINVOICED_WINDOW_DAYS * 24 * 3600 * 1000)
  const invoicedRecently =
    invoices === "open" ? await listInvoices(container, { company_id: companyId, issued_at: { $gte: recent } }) : rows
  const invoiced = new Set(invoicedRecently.map((invoice) => invoice.parent_order_id))
  const uninvoiced = await uninvoicedTermsOrders(container, companyId, invoiced, recent)
  return { ...summary, uninvoiced, balance: summary.open + uninvoiced, invoices: rows }
}
