import { MedusaResponse } from "@medusajs/framework/http"
import { runQuoteAction } from "../../../../quote-action"
import { retrieveQuote } from "../../../../../lib/quote-view"
import { acceptQuoteWorkflow } from "../../../../../workflows/quote/workflows/accept-quote"
import type { BuyerRequest } from "../../middlewares"

/**
 * Accepts the producer's answer: answers the cart prepared with the quoted lines at the quoted
 * prices, which the buyer checks out as usual (the quote turns `accepted` when it is placed).
 */
export const POST = async (req: BuyerRequest, res: MedusaResponse) => {
  const company_id = req.buyer.company.id
  const ran = await runQuoteAction(res, () =>
    acceptQuoteWorkflow(req.scope).run({
      input: {
        quote_id: req.params.id,
        company_id,
        customer_id: req.buyer.staff.customer_id,
        sales_channel_id: req.publishable_key_context?.sales_channel_ids?.[0],
      },
    })
  )
  if (!ran) return
  res.json({ cart_id: ran.result.cart_id, quote: await retrieveQuote(req.scope, { id: req.params.id, company_id }) })
}
