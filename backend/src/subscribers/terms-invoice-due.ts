import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { setInvoiceDueDateWorkflow } from "../workflows/ledger/workflows/set-invoice-due-date"

/** A delivered producer order's invoice gets its due date. */
export default async function termsInvoiceDue({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [fulfillment],
  } = await query.graph({ entity: "fulfillment", fields: ["id", "order.id"], filters: { id: event.data.id } })
  const orderId = fulfillment?.order?.id
  if (orderId) await setInvoiceDueDateWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.DELIVERY_CREATED,
  context: { subscriberId: "terms-invoice-due" },
}
