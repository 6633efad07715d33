import { MedusaContainer } from "@medusajs/framework/types"
import { replaySalesFacts } from "../workflows/report/replay-sales-facts"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Nightly at 01:30 in Vietnam (18:30 UTC): the last 3 days' placements, cancellations and refunds
 * are recorded again, so a sales fact whose event was lost (a restart, a failed subscriber) is
 * caught up; what is recorded already is skipped.
 */
export default async function replaySalesFactsJob(container: MedusaContainer) {
  const to = new Date()
  await replaySalesFacts(container, { from: new Date(to.getTime() - 3 * DAY_MS), to })
}

export const config = { name: "replay-sales-facts", schedule: "30 18 * * *" }
