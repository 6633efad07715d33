import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { cancelOrderBookingsWorkflow } from "../workflows/experience/workflows/cancel-order-bookings"

/** A cancelled producer order (an expired bank transfer among others) cancels its bookings and frees their places. */
export default async function cancelOrderBookings({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelOrderBookingsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "cancel-order-bookings" },
}
