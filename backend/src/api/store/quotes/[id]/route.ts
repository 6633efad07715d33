import { MedusaResponse } from "@medusajs/framework/http"
import { notOwn } from "../../../../lib/not-own"
import { retrieveQuote } from "../../../../lib/quote-view"
import type { BuyerRequest } from "../middlewares"

/** One of the company's quotes with its message thread; another company's answers 404. */
export const GET = async (req: BuyerRequest, res: MedusaResponse) => {
  const quote = await retrieveQuote(req.scope, { id: req.params.id, company_id: req.buyer.company.id })
  if (!quote) throw notOwn("quote", req.params.id)
  res.json({ quote })
}
