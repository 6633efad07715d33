import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ORDER_GROUP_PLACED_EVENT } from "../lib/events"
import { sendProducerOrderPlacedEmailsWorkflow } from "../workflows/producer-order/workflows/send-producer-order-placed-emails"

/** A checkout was split: each of its producers is e-mailed its new order. */
export default async function producerOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendProducerOrderPlacedEmailsWorkflow(container).run({ input: { order_group_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: ORDER_GROUP_PLACED_EVENT,
  context: { subscriberId: "producer-order-placed" },
}
