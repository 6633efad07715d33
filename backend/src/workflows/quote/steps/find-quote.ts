import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quoteStatusAt, type QuoteStatus } from "@ocop/shared"
import { QUOTE_FIELDS } from "../../../lib/quote-view"

/** Whose quote: a buyer company's (store) or a producer's (portal); anyone else's answers 404. */
export type QuoteOwner = { quote_id: string; company_id?: string; producer_id?: string }

export type FoundQuote = {
  id: string
  company_id: string
  customer_id: string
  producer_id: string
  recorded_status: QuoteStatus
  status: QuoteStatus
  valid_until: string | null
  cart_id: string | null
  lines: { id: string; variant_id: string; title: string; quantity: number; unit_price: number | null }[]
}

export const findQuoteStepId = "find-quote"

/** The quote as its owner may act on it, with its status at this moment. No writes. */
export const findQuoteStep = createStep(findQuoteStepId, async (input: QuoteOwner, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [quote],
  } = await query.graph({ entity: "quote", fields: QUOTE_FIELDS, filters: { id: input.quote_id } })
  const owned =
    quote &&
    (!input.company_id || quote.company_id === input.company_id) &&
    (!input.producer_id || quote.producer_id === input.producer_id)
  if (!owned) throw new MedusaError(MedusaError.Types.NOT_FOUND, `quote: no quote with id ${input.quote_id}`)
  const row = quote as unknown as Omit<FoundQuote, "recorded_status"> & { valid_until: Date | string | null }
  return new StepResponse({
    ...row,
    recorded_status: row.status,
    status: quoteStatusAt(row, new Date()),
    valid_until: row.valid_until ? new Date(row.valid_until).toISOString() : null,
  } as FoundQuote)
})
