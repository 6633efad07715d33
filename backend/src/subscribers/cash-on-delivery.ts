import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { captureCashOnDeliveryWorkflow } from "../workflows/payment/workflows/capture-cash-on-delivery"

/** A delivered fulfilment of a producer order captures the cash its courier collected. */
export default async function captureCashOnDelivery({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [fulfillment],
  } = await query.graph({ entity: "fulfillment", fields: ["id", "order.id"], filters: { id: event.data.id } })
  const orderId = fulfillment?.order?.id
  if (orderId) await captureCashOnDeliveryWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = { event: FulfillmentWorkflowEvents.DELIVERY_CREATED }
