import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { cancelOrderInvoiceWorkflow } from "../workflows/ledger/workflows/cancel-order-invoice"

/** A cancelled producer order's invoice is cancelled with it. */
export default async function termsInvoiceCancelled({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelOrderInvoiceWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "terms-invoice-cancelled" },
}
