import { MedusaContainer } from "@medusajs/framework/types"
import { expireQuotesWorkflow } from "../workflows/quote/workflows/expire-quotes"

/**
 * Records the expiry of quotes whose answer lapsed. Reads and the accept check compute it from
 * `valid_until` already; this keeps the stored status (and the status filters) honest.
 */
export default async function expireQuotes(container: MedusaContainer) {
  await expireQuotesWorkflow(container).run()
}

export const config = { name: "expire-quotes", schedule: "5 * * * *" }
