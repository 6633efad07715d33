import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CartWorkflowEvents } from "@medusajs/framework/utils"
import { extendCartHoldsWorkflow } from "../workflows/experience/workflows/extend-cart-holds"

/** A cart in use keeps its bookings' places (they lapse after HOLD_MINUTES without activity). */
export default async function cartBookingHolds({ event, container }: SubscriberArgs<{ id: string }>) {
  await extendCartHoldsWorkflow(container).run({ input: { cart_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: CartWorkflowEvents.UPDATED,
  context: { subscriberId: "cart-booking-holds" },
}
