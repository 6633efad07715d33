import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildQuoteEmailStep } from "../steps/build-quote-email"
import { createQuoteStep } from "../steps/create-quote"
import { validateQuoteItemsStep } from "../steps/validate-quote-items"

export const createRequestForQuoteWorkflowId = "create-request-for-quote"

export type CreateRequestForQuoteInput = {
  company_id: string
  customer_id: string
  producer_id: string
  items: { variant_id: string; quantity: number }[]
  wished_delivery_date?: Date | null
  note?: string | null
}

/** A verified company's staff member asks one producer for prices; the producer is e-mailed. */
export const createRequestForQuoteWorkflow = createWorkflow(
  createRequestForQuoteWorkflowId,
  (input: CreateRequestForQuoteInput) => {
    const lines = validateQuoteItemsStep(input)
    const quote = createQuoteStep(
      transform({ input, lines }, ({ input: { items: _items, ...request }, lines }) => ({ ...request, lines }))
    )
    const notifications = buildQuoteEmailStep(
      transform({ quote }, ({ quote }) => ({ quote_id: quote.id, event: "requested" as const }))
    )
    sendNotificationsStep(notifications)
    return new WorkflowResponse(quote)
  }
)
