import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ORDER_GROUP_PLACED_EVENT } from "../lib/events"
import { createTermsInvoicesWorkflow } from "../workflows/ledger/workflows/create-terms-invoices"

/** A checkout paid on terms was split: each producer order is invoiced to the company. */
export default async function termsInvoices({ event, container }: SubscriberArgs<{ id: string }>) {
  await createTermsInvoicesWorkflow(container).run({ input: { order_group_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: ORDER_GROUP_PLACED_EVENT,
  context: { subscriberId: "terms-invoices" },
}
