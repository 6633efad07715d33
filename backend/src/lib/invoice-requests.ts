import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICE_BUYER_KEY } from "@ocop/shared"
import { producerOrderIds, producerOrderViews } from "./producer-order-view"

// Dates are the buyer's and producer's calendar days, in Việt Nam (UTC+7, no daylight saving).
const VIETNAM_OFFSET = "+07:00"
const DAY_MS = 24 * 60 * 60 * 1000

/** The instants a range of calendar days (YYYY-MM-DD, both included) covers in Việt Nam. */
export function dayRange({ from, to }: { from?: string; to?: string }) {
  return {
    ...(from ? { $gte: new Date(`${from}T00:00:00${VIETNAM_OFFSET}`) } : {}),
    ...(to ? { $lt: new Date(new Date(`${to}T00:00:00${VIETNAM_OFFSET}`).getTime() + DAY_MS) } : {}),
  }
}

/** The ids of the producer's orders that carry a buyer's invoice data, placed in the range, newest first. */
export async function invoiceRequestIds(
  container: MedusaContainer,
  producerId: string,
  range: { from?: string; to?: string }
): Promise<string[]> {
  const ids = await producerOrderIds(container, producerId)
  if (!ids.length) return []
  const created = dayRange(range)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "metadata"],
    filters: { id: ids, ...(Object.keys(created).length ? { created_at: created } : {}) },
    pagination: { order: { created_at: "DESC", id: "DESC" } },
  })
  // Metadata is JSON, so which orders carry invoice data is read here, not in SQL.
  return (data as { id: string; metadata?: Record<string, unknown> | null }[])
    .filter((order) => order.metadata?.[INVOICE_BUYER_KEY])
    .map((order) => order.id)
}

/** A page of the producer's invoice requests, in the portal's order shape (with `invoice_buyer`). */
export async function listInvoiceRequests(
  container: MedusaContainer,
  producerId: string,
  page: { from?: string; to?: string; limit: number; offset: number }
) {
  const ids = await invoiceRequestIds(container, producerId, page)
  return {
    orders: await producerOrderViews(container, ids.slice(page.offset, page.offset + page.limit)),
    count: ids.length,
    limit: page.limit,
    offset: page.offset,
  }
}
