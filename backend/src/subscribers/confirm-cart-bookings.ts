import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ORDER_GROUP_PLACED_EVENT } from "../lib/events"
import { confirmCartBookingsWorkflow } from "../workflows/experience/workflows/confirm-cart-bookings"

/** A checkout was placed: its bookings are confirmed with their host's producer order. */
export default async function confirmCartBookings({ event, container }: SubscriberArgs<{ id: string }>) {
  await confirmCartBookingsWorkflow(container).run({ input: { order_group_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: ORDER_GROUP_PLACED_EVENT,
  context: { subscriberId: "confirm-cart-bookings" },
}
