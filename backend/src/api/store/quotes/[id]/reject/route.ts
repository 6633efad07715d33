import { MedusaResponse } from "@medusajs/framework/http"
import { runQuoteAction } from "../../../../quote-action"
import { retrieveQuote } from "../../../../../lib/quote-view"
import { rejectQuoteWorkflow } from "../../../../../workflows/quote/workflows/reject-quote"
import type { BuyerRequest } from "../../middlewares"
import type { RejectStoreQuoteType } from "../../validators"

/** Declines the quote, saying why; it is read-only from then on. */
export const POST = async (req: BuyerRequest<RejectStoreQuoteType>, res: MedusaResponse) => {
  const company_id = req.buyer.company.id
  const ran = await runQuoteAction(res, () =>
    rejectQuoteWorkflow(req.scope).run({
      input: { quote_id: req.params.id, company_id, reason: req.validatedBody.reason },
    })
  )
  if (!ran) return
  res.json({ quote: await retrieveQuote(req.scope, { id: req.params.id, company_id }) })
}
