import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ORDER_GROUP_PLACED_EVENT } from "../lib/events"
import { markQuoteOrderedWorkflow } from "../workflows/quote/workflows/mark-quote-ordered"

/** A checkout was split: if it was an accepted quote's cart, the quote is now accepted. */
export default async function quoteOrdered({ event, container }: SubscriberArgs<{ id: string }>) {
  await markQuoteOrderedWorkflow(container).run({ input: { order_group_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: ORDER_GROUP_PLACED_EVENT,
  context: { subscriberId: "quote-ordered" },
}
