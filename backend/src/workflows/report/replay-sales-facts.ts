import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { salesFactGroups } from "../../lib/report/sales-fact-groups"
import { recordSalesFactsWorkflow } from "./workflows/record-sales-facts"

// Checkouts per run of the workflow: small enough that one run's reads stay quick.
const BATCH = 100

/**
 * Records the facts of every checkout with a change in [from, to): placed then, a producer order
 * cancelled then, or a refund of its payment made then. What is recorded already is skipped, so
 * the nightly job replays the last days to catch a missed event, and the setup or the bench
 * backfills a range. Returns how many checkouts were looked at and how many facts were written.
 */
export async function replaySalesFacts(container: MedusaContainer, range: { from: Date; to: Date }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const within = { $gte: range.from, $lt: range.to }
  const [{ data: placed }, { data: cancelled }, { data: refunds }] = await Promise.all([
    query.graph({ entity: "order_group", fields: ["id"], filters: { created_at: within } }),
    query.graph({ entity: "order", fields: ["id"], filters: { canceled_at: within } }),
    query.graph({ entity: "refund", fields: ["payment_id"], filters: { created_at: within } }),
  ])
  const groupIds = new Set(placed.map((group) => group.id as string))
  if (cancelled.length || refunds.length) {
    const touched = await salesFactGroups(container, {
      order_ids: cancelled.map((order) => order.id as string),
      payment_ids: [...new Set(refunds.map((refund) => refund.payment_id as string))],
    })
    for (const id of touched) groupIds.add(id)
  }
  const rows = [...groupIds]
  let written = 0
  for (let start = 0; start < rows.length; start += BATCH) {
    const { result } = await recordSalesFactsWorkflow(container).run({
      input: { order_group_ids: rows.slice(start, start + BATCH) },
    })
    written += result.written
  }
  return { order_groups: rows.length, written }
}
