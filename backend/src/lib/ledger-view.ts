import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ageingBucket, ageingSummary, daysOverdue, type AgeingBucket, type AgeingSummary } from "@ocop/shared"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"
import type { Buyer } from "./buyer-company"
import { companyBalance, InvoiceRow, listInvoices, paysOnTerms } from "./ledger"

/** One invoice as a ledger shows it: who it is owed to or by, and how late it is on `today`. */
export type InvoiceView = InvoiceRow & {
  order_display_id: number | null
  producer_name: string | null
  company_name: string | null
  outstanding: number
  days_overdue: number
  bucket: AgeingBucket | null
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]))

async function describeInvoices(
  container: MedusaContainer,
  invoices: InvoiceRow[],
  today: Date
): Promise<InvoiceView[]> {
  if (!invoices.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: producers }] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: invoices.map((i) => i.order_id) } }),
    query.graph({
      entity: "producer",
      fields: ["id", "name"],
      filters: { id: [...new Set(invoices.map((i) => i.producer_id))] },
    }),
  ])
  const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
  const companyRows = await companies.listCompanies(
    { id: [...new Set(invoices.map((i) => i.company_id))] },
    { select: ["id", "legal_name"] }
  )
  const orderOf = byId(orders as { id: string; display_id?: number | null }[])
  const producerOf = byId(producers as { id: string; name?: string | null }[])
  const companyOf = byId(companyRows as { id: string; legal_name: string }[])
  return invoices.map((invoice) => {
    const open = invoice.status === "open"
    const days = open ? daysOverdue(invoice.due_at, today) : 0
    return {
      ...invoice,
      order_display_id: orderOf.get(invoice.order_id)?.display_id ?? null,
      producer_name: producerOf.get(invoice.producer_id)?.name ?? null,
      company_name: companyOf.get(invoice.company_id)?.legal_name ?? null,
      outstanding: open ? invoice.amount - invoice.paid_amount : 0,
      days_overdue: days,
      bucket: open ? ageingBucket(days) : null,
    }
  })
}

/** What a buyer's company owes on terms: its terms, balance by ageing bucket and every invoice. */
export async function companyLedger(container: MedusaContainer, buyer: Buyer, today = new Date()) {
  const { invoices, ...balance } = await companyBalance(container, buyer.company.id, today)
  const creditLimit = Number(buyer.company.credit_limit ?? 0)
  return {
    terms: {
      eligible: paysOnTerms(buyer),
      net_terms_days: Number(buyer.company.net_terms_days ?? 0),
      credit_limit: creditLimit,
      available: Math.max(0, creditLimit - balance.balance),
    },
    summary: balance,
    invoices: await describeInvoices(container, invoices, today),
  }
}

export type CompanyAgeing = AgeingSummary & { company_id: string; company_name: string | null; credit_limit: number }

/** The office's view: what each company owes by ageing bucket, optionally one company or only those overdue. */
export async function ledgerAcrossCompanies(
  container: MedusaContainer,
  filters: { company_id?: string; overdue_only?: boolean },
  today = new Date()
) {
  const invoices = await listInvoices(container, {
    status: "open",
    ...(filters.company_id ? { company_id: filters.company_id } : {}),
  })
  const byCompany = new Map<string, InvoiceRow[]>()
  for (const invoice of invoices)
    byCompany.set(invoice.company_id, [...(byCompany.get(invoice.company_id) ?? []), invoice])
  const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
  const rows = byCompany.size
    ? await companies.listCompanies({ id: [...byCompany.keys()] }, { select: ["id", "legal_name", "credit_limit"] })
    : []
  const companyOf = byId(rows as { id: string; legal_name: string; credit_limit: number }[])
  const ageing: CompanyAgeing[] = [...byCompany.entries()]
    .map(([companyId, owed]) => ({
      company_id: companyId,
      company_name: companyOf.get(companyId)?.legal_name ?? null,
      credit_limit: Number(companyOf.get(companyId)?.credit_limit ?? 0),
      ...ageingSummary(owed, today),
    }))
    .filter((row) => !filters.overdue_only || row.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open)
  const totals = ageingSummary(
    invoices.filter((i) => ageing.some((row) => row.company_id === i.company_id)),
    today
  )
  const shown = new Set(ageing.map((row) => row.company_id))
  return {
    companies: ageing,
    totals,
    invoices: await describeInvoices(
      container,
      invoices.filter((i) => shown.has(i.company_id)),
      today
    ),
  }
}

/** A producer's receivables: its invoices to companies, with what is still owed by ageing bucket. */
export async function producerReceivables(container: MedusaContainer, producerId: string, today = new Date()) {
  const invoices = await listInvoices(container, { producer_id: producerId })
  return { summary: ageingSummary(invoices, today), invoices: await describeInvoices(container, invoices, today) }
}
