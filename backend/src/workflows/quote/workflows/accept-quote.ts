import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findQuoteStep } from "../steps/find-quote"
import { prepareQuoteCartStep } from "../steps/prepare-quote-cart"
import { updateQuoteStep } from "../steps/update-quote"
import { validateQuoteActionStep } from "../steps/validate-quote-action"
import { quoteLockKey } from "./quote-lock"

export const acceptQuoteWorkflowId = "accept-quote"

export type AcceptQuoteInput = { quote_id: string; company_id: string; customer_id: string; sales_channel_id?: string }

/**
 * The buyer accepts the producer's answer while it holds: a cart with the quoted lines at the
 * quoted unit prices, which the buyer checks out like any other (delivery, payment, the producer
 * split). The quote turns `accepted` when that checkout is placed (mark-quote-ordered).
 */
export const acceptQuoteWorkflow = createWorkflow(acceptQuoteWorkflowId, (input: AcceptQuoteInput) => {
  const lockKey = quoteLockKey(input)
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 60 })
  const quote = findQuoteStep(input)
  validateQuoteActionStep({ quote, action: "accept" })
  const prepared = prepareQuoteCartStep({
    quote,
    customer_id: input.customer_id,
    sales_channel_id: input.sales_channel_id,
  })
  const created = when("quote-cart-missing", { prepared }, ({ prepared }) => !prepared.existing_cart_id).then(() => {
    const cart = createCartWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => prepared.cart) })
    updateQuoteStep(transform({ input, cart }, ({ input, cart }) => ({ id: input.quote_id, cart_id: cart.id })))
    return cart
  })
  releaseLockStep({ key: lockKey })
  const cartId = transform({ prepared, created }, ({ prepared, created }) => prepared.existing_cart_id ?? created!.id)
  return new WorkflowResponse({ cart_id: cartId })
})
