import { MedusaResponse } from "@medusajs/framework/http"
import { runQuoteAction } from "../../../../quote-action"
import { retrieveQuote } from "../../../../../lib/quote-view"
import { requestQuoteAgainWorkflow } from "../../../../../workflows/quote/workflows/request-quote-again"
import type { BuyerRequest } from "../../middlewares"
import type { AddStoreQuoteMessageType } from "../../validators"

/** Asks the producer again on an answered or expired quote, with a message saying what should change. */
export const POST = async (req: BuyerRequest<AddStoreQuoteMessageType>, res: MedusaResponse) => {
  const company_id = req.buyer.company.id
  const ran = await runQuoteAction(res, () =>
    requestQuoteAgainWorkflow(req.scope).run({
      input: {
        quote_id: req.params.id,
        company_id,
        customer_id: req.buyer.staff.customer_id,
        body: req.validatedBody.body,
      },
    })
  )
  if (!ran) return
  res.json({ quote: await retrieveQuote(req.scope, { id: req.params.id, company_id }) })
}
