import { MedusaResponse } from "@medusajs/framework/http"
import { endOfVietnamDay } from "@ocop/shared"
import { listQuotes, retrieveQuote } from "../../../lib/quote-view"
import { createRequestForQuoteWorkflow } from "../../../workflows/quote/workflows/create-request-for-quote"
import type { BuyerRequest } from "./middlewares"
import type { CreateRequestForQuoteType, ListStoreQuotesType } from "./validators"

/** The company's quotes (any staff member's), newest first. */
export const GET = async (req: BuyerRequest<unknown, ListStoreQuotesType>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as ListStoreQuotesType
  res.json(await listQuotes(req.scope, { company_id: req.buyer.company.id, status }, { limit, offset }))
}

/** Asks one producer for prices on a list of its variants. */
export const POST = async (req: BuyerRequest<CreateRequestForQuoteType>, res: MedusaResponse) => {
  const { wished_delivery_date, ...request } = req.validatedBody
  const { result } = await createRequestForQuoteWorkflow(req.scope).run({
    input: {
      ...request,
      wished_delivery_date: wished_delivery_date ? endOfVietnamDay(wished_delivery_date) : null,
      company_id: req.buyer.company.id,
      customer_id: req.buyer.staff.customer_id,
    },
  })
  res.status(201).json({ quote: await retrieveQuote(req.scope, { id: result.id }) })
}
