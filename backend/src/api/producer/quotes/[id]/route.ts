import { MedusaResponse } from "@medusajs/framework/http"
import { notOwn } from "../../../../lib/not-own"
import { retrieveQuote } from "../../../../lib/quote-view"
import { ProducerRequest } from "../../producer-scope"

/** One of the producer's quotes with its thread; another producer's answers 404. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const quote = await retrieveQuote(req.scope, { id: req.params.id, producer_id: req.producer.producer_id })
  if (!quote) throw notOwn("quote", req.params.id)
  res.json({ quote })
}
