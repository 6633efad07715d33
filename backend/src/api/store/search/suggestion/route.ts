import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suggestQuery } from "../../../../lib/search-vocabulary"
import type { GetSearchSuggestionParamsType } from "./validators"

/**
 * GET /store/search/suggestion?q=ca+phee → `{ suggestion: "cà phê" }`: the closest query made of the
 * catalogue's own words, for a search that found nothing; `null` when there is none to offer.
 */
export async function GET(req: MedusaRequest<unknown, GetSearchSuggestionParamsType>, res: MedusaResponse) {
  const suggestion = await suggestQuery(req.scope, req.validatedQuery.q as string)
  res.json({ suggestion })
}
