import { MedusaResponse } from "@medusajs/framework/http"
import { listQuotes } from "../../../lib/quote-view"
import { ProducerRequest } from "../producer-scope"
import { ListProducerQuotesType } from "./validators"

/** The producer's quotes inbox, newest first, optionally at one status. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as ListProducerQuotesType
  res.json(await listQuotes(req.scope, { producer_id: req.producer.producer_id, status }, { limit, offset }))
}
