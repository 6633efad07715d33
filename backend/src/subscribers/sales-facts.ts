import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { ORDER_GROUP_PLACED_EVENT } from "../lib/events"
import type { SalesFactChanges } from "../lib/report/sales-fact-groups"
import { recordSalesFactsWorkflow } from "../workflows/report/workflows/record-sales-facts"

const CHANGES: Record<string, (id: string) => SalesFactChanges> = {
  [ORDER_GROUP_PLACED_EVENT]: (id) => ({ order_group_ids: [id] }),
  [OrderWorkflowEvents.CANCELED]: (id) => ({ order_ids: [id] }),
  [PaymentEvents.REFUNDED]: (id) => ({ payment_ids: [id] }),
}

/** A checkout placed, a producer order cancelled or a payment refunded: the report's sales facts record it. */
export default async function salesFacts({ event, container }: SubscriberArgs<{ id: string }>) {
  const changes = CHANGES[event.name]
  if (changes) await recordSalesFactsWorkflow(container).run({ input: changes(event.data.id) })
}

export const config: SubscriberConfig = {
  event: Object.keys(CHANGES),
  context: { subscriberId: "sales-facts" },
}
