import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { quoteStatusAt, type QuoteStatus } from "@ocop/shared"

export const QUOTE_FIELDS = [
  "id",
  "company_id",
  "customer_id",
  "producer_id",
  "status",
  "wished_delivery_date",
  "note",
  "valid_until",
  "reject_reason",
  "cart_id",
  "order_ids",
  "created_at",
  "updated_at",
  "lines.id",
  "lines.variant_id",
  "lines.title",
  "lines.quantity",
  "lines.unit_price",
]

const MESSAGE_FIELDS = ["messages.id", "messages.author", "messages.author_id", "messages.body", "messages.created_at"]

type QuoteRow = {
  id: string
  company_id: string
  producer_id: string
  status: QuoteStatus
  valid_until: Date | string | null
  lines: { id: string; variant_id: string; title: string; quantity: number; unit_price: number | null }[]
  messages?: { created_at: Date | string }[]
  [field: string]: unknown
}

export type QuoteFilters = { company_id?: string; producer_id?: string; id?: string; status?: QuoteStatus }

/** The database filter for a status as read now: the job may not yet have recorded an answer's expiry. */
function statusFilter(status: QuoteStatus | undefined, now: Date) {
  if (status === "answered") return { status, valid_until: { $gte: now } }
  if (status === "expired") return { $or: [{ status }, { status: "answered", valid_until: { $lt: now } }] }
  return status ? { status } : {}
}

/**
 * A quote as both sides read it: its status at this moment (an answer past `valid_until` reads
 * `expired` before the job records it), the producer's and the company's names, and the total once
 * every line is priced.
 */
async function viewsOf(container: MedusaContainer, rows: QuoteRow[], forProducer: boolean) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const producerIds = [...new Set(rows.map((row) => row.producer_id))]
  const companyIds = [...new Set(rows.map((row) => row.company_id))]
  const [{ data: producers }, { data: companies }] = rows.length
    ? await Promise.all([
        query.graph({ entity: "producer", fields: ["id", "name", "handle"], filters: { id: producerIds } }),
        query.graph({ entity: "company", fields: ["id", "legal_name"], filters: { id: companyIds } }),
      ])
    : [{ data: [] }, { data: [] }]
  const now = new Date()
  // The buyer's prepared cart is the buyer's alone.
  return rows.map(({ cart_id, ...row }) => {
    const lines = [...(row.lines ?? [])].sort((a, b) => a.id.localeCompare(b.id))
    const priced = lines.length > 0 && lines.every((line) => line.unit_price !== null)
    return {
      ...row,
      ...(forProducer ? {} : { cart_id }),
      status: quoteStatusAt(row, now),
      lines,
      ...(row.messages
        ? {
            messages: [...row.messages].sort(
              (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
            ),
          }
        : {}),
      total: priced ? lines.reduce((sum, line) => sum + line.quantity * Number(line.unit_price), 0) : null,
      producer: producers.find((producer: { id: string }) => producer.id === row.producer_id) ?? null,
      company: companies.find((company: { id: string }) => company.id === row.company_id) ?? null,
    }
  })
}

/** Quotes matching `filters`, newest first, without their threads. */
export async function listQuotes(
  container: MedusaContainer,
  filters: QuoteFilters,
  page: { limit: number; offset: number }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { status, ...owner } = filters
  const { data, metadata } = await query.graph({
    entity: "quote",
    fields: QUOTE_FIELDS,
    // Our own module's filter shape ($or of status and valid_until), wider than the generated type says.
    filters: { ...owner, ...statusFilter(status, new Date()) } as never,
    pagination: { take: page.limit, skip: page.offset, order: { created_at: "DESC" } },
  })
  return {
    quotes: await viewsOf(container, data as unknown as QuoteRow[], !!filters.producer_id),
    count: metadata?.count ?? data.length,
    limit: page.limit,
    offset: page.offset,
  }
}

/** One quote with its message thread, or undefined when none matches (another company's or producer's too). */
export async function retrieveQuote(container: MedusaContainer, filters: QuoteFilters & { id: string }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "quote", fields: [...QUOTE_FIELDS, ...MESSAGE_FIELDS], filters })
  if (!data.length) return undefined
  const [quote] = await viewsOf(container, data as unknown as QuoteRow[], !!filters.producer_id)
  return quote
}
