import { MedusaResponse } from "@medusajs/framework/http"
import { runQuoteAction } from "../../../../quote-action"
import { retrieveQuote } from "../../../../../lib/quote-view"
import { addQuoteMessageWorkflow } from "../../../../../workflows/quote/workflows/add-quote-message"
import { ProducerRequest } from "../../../producer-scope"
import { AddProducerQuoteMessageType } from "../../validators"

/** The producer writes to the buyer in an open quote's thread. */
export const POST = async (req: ProducerRequest<AddProducerQuoteMessageType>, res: MedusaResponse) => {
  const { producer_id, member_id } = req.producer
  const ran = await runQuoteAction(res, () =>
    addQuoteMessageWorkflow(req.scope).run({
      input: {
        quote_id: req.params.id,
        producer_id,
        author: "producer",
        author_id: member_id,
        body: req.validatedBody.body,
      },
    })
  )
  if (!ran) return
  res.status(201).json({ quote: await retrieveQuote(req.scope, { id: req.params.id, producer_id }) })
}
