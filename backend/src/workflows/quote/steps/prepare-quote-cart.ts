import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { FoundQuote } from "./find-quote"

export type QuoteCart = {
  existing_cart_id: string | null
  cart: {
    customer_id: string
    email: string
    sales_channel_id?: string
    items: { variant_id: string; quantity: number; unit_price: number }[]
    metadata: { quote_id: string }
  }
}

export const prepareQuoteCartStepId = "prepare-quote-cart"

/**
 * The cart accepting a quote makes: the quoted lines at their quoted unit prices (a custom price
 * Medusa keeps when it refreshes the cart), for the buyer accepting. A cart prepared before and not
 * yet checked out is reused, so accepting twice does not make two. No writes.
 */
export const prepareQuoteCartStep = createStep(
  prepareQuoteCartStepId,
  async (input: { quote: FoundQuote; customer_id: string; sales_channel_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { quote } = input
    const { data: carts } = quote.cart_id
      ? await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: quote.cart_id } })
      : { data: [] }
    const open = carts.find((cart: { completed_at?: unknown }) => !cart.completed_at)
    const {
      data: [customer],
    } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: input.customer_id } })
    return new StepResponse<QuoteCart>({
      existing_cart_id: open?.id ?? null,
      cart: {
        customer_id: input.customer_id,
        email: customer.email ?? "",
        ...(input.sales_channel_id ? { sales_channel_id: input.sales_channel_id } : {}),
        items: quote.lines.map((line) => ({
          variant_id: line.variant_id,
          quantity: line.quantity,
          unit_price: Number(line.unit_price),
        })),
        metadata: { quote_id: quote.id },
      },
    })
  }
)
