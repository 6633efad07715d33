import { MedusaResponse } from "@medusajs/framework/http"
import { runQuoteAction } from "../../../../quote-action"
import { retrieveQuote } from "../../../../../lib/quote-view"
import { answerQuoteWorkflow } from "../../../../../workflows/quote/workflows/answer-quote"
import { ProducerRequest } from "../../../producer-scope"
import { AnswerProducerQuoteType } from "../../validators"

/** Prices every line and sets the last day the prices hold; the buyer is e-mailed. */
export const POST = async (req: ProducerRequest<AnswerProducerQuoteType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  const ran = await runQuoteAction(res, () =>
    answerQuoteWorkflow(req.scope).run({ input: { ...req.validatedBody, quote_id: req.params.id, producer_id } })
  )
  if (!ran) return
  res.json({ quote: await retrieveQuote(req.scope, { id: req.params.id, producer_id }) })
}
