import { MedusaResponse } from "@medusajs/framework/http"
import { producerReceivables } from "../../../lib/ledger-view"
import { ProducerRequest } from "../producer-scope"

/** Who owes this producer what: its invoices to companies buying on terms, by ageing bucket. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json(await producerReceivables(req.scope, req.producer.producer_id))
}
