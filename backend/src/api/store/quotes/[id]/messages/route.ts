import { MedusaResponse } from "@medusajs/framework/http"
import { runQuoteAction } from "../../../../quote-action"
import { retrieveQuote } from "../../../../../lib/quote-view"
import { addQuoteMessageWorkflow } from "../../../../../workflows/quote/workflows/add-quote-message"
import type { BuyerRequest } from "../../middlewares"
import type { AddStoreQuoteMessageType } from "../../validators"

/** The buyer writes to the producer in an open quote's thread. */
export const POST = async (req: BuyerRequest<AddStoreQuoteMessageType>, res: MedusaResponse) => {
  const company_id = req.buyer.company.id
  const ran = await runQuoteAction(res, () =>
    addQuoteMessageWorkflow(req.scope).run({
      input: {
        quote_id: req.params.id,
        company_id,
        author: "customer",
        author_id: req.buyer.staff.customer_id,
        body: req.validatedBody.body,
      },
    })
  )
  if (!ran) return
  res.status(201).json({ quote: await retrieveQuote(req.scope, { id: req.params.id, company_id }) })
}
