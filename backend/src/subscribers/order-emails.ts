import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  FulfillmentWorkflowEvents,
  OrderWorkflowEvents,
  PaymentEvents,
} from "@medusajs/framework/utils"
import { retrieveOrderGroup } from "../lib/order-group-view"
import { OrderEmailKind } from "../lib/emails/order-emails"
import { sendOrderEmailWorkflow } from "../workflows/checkout/workflows/send-order-email"
import { ORDER_GROUP_PLACED_EVENT, PRODUCER_ORDER_ACCEPTED_EVENT, PRODUCER_ORDER_PACKED_EVENT } from "../lib/events"
import { sendProducerOrderEmailWorkflow } from "../workflows/producer-order/workflows/send-producer-order-email"

type Target = { order_group_id: string; order_id?: string }

async function groupOfFulfillment(container: MedusaContainer, fulfillmentId: string): Promise<Target | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [fulfillment],
  } = await query.graph({
    entity: "fulfillment",
    fields: ["order.id", "order.order_group.id"],
    filters: { id: fulfillmentId },
  })
  const order = fulfillment?.order
  return order?.order_group?.id ? { order_group_id: order.order_group.id, order_id: order.id } : undefined
}

async function groupOfParentOrder(container: MedusaContainer, orderId: string): Promise<Target | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({ entity: "order_group", fields: ["id"], filters: { parent_order_id: orderId } })
  return group ? { order_group_id: group.id } : undefined
}

async function groupOfPayment(container: MedusaContainer, paymentId: string): Promise<Target | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({ entity: "payment", fields: ["payment_collection_id"], filters: { id: paymentId } })
  if (!payment) return undefined
  const {
    data: [link],
  } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: payment.payment_collection_id },
  })
  return link?.order_id ? groupOfParentOrder(container, link.order_id) : undefined
}

/**
 * A producer order its producer cancelled (the portal keeps the reason). A checkout cancelled as a
 * whole (an expired transfer) cancels its producer orders too; its buyer gets the one e-mail of
 * the parent order, not one more per producer.
 */
async function producerCancelledOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "metadata", "order_group.id"], filters: { id: orderId } })
  return order?.order_group?.id && order.metadata?.canceled_by === "producer"
}

/** One e-mail per step of a checkout's life: placed, paid in full, accepted, packed, shipped, delivered, cancelled. */
export default async function orderEmails({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name === PRODUCER_ORDER_ACCEPTED_EVENT || event.name === PRODUCER_ORDER_PACKED_EVENT) {
    const kind = event.name === PRODUCER_ORDER_ACCEPTED_EVENT ? "accepted" : "packed"
    await sendProducerOrderEmailWorkflow(container).run({ input: { order_id: event.data.id, kind } })
    return
  }
  if (event.name === OrderWorkflowEvents.CANCELED && (await producerCancelledOrder(container, event.data.id))) {
    await sendProducerOrderEmailWorkflow(container).run({ input: { order_id: event.data.id, kind: "cancelled" } })
    return
  }
  let target: Target | undefined
  let kind: OrderEmailKind
  switch (event.name) {
    case ORDER_GROUP_PLACED_EVENT:
      target = { order_group_id: event.data.id }
      kind = "placed"
      break
    case PaymentEvents.CAPTURED: {
      target = await groupOfPayment(container, event.data.id)
      // Cash on delivery is captured order by order: "paid" only once it is all in.
      if (target && (await retrieveOrderGroup(container, target.order_group_id)).payment_status !== "captured") return
      kind = "paid"
      break
    }
    case FulfillmentWorkflowEvents.SHIPMENT_CREATED:
      target = await groupOfFulfillment(container, event.data.id)
      kind = "shipped"
      break
    case FulfillmentWorkflowEvents.DELIVERY_CREATED:
      target = await groupOfFulfillment(container, event.data.id)
      kind = "delivered"
      break
    case OrderWorkflowEvents.CANCELED:
      target = await groupOfParentOrder(container, event.data.id)
      kind = "cancelled"
      break
    default:
      return
  }
  if (target) await sendOrderEmailWorkflow(container).run({ input: { ...target, kind } })
}

export const config: SubscriberConfig = {
  event: [
    ORDER_GROUP_PLACED_EVENT,
    PaymentEvents.CAPTURED,
    PRODUCER_ORDER_ACCEPTED_EVENT,
    PRODUCER_ORDER_PACKED_EVENT,
    FulfillmentWorkflowEvents.SHIPMENT_CREATED,
    FulfillmentWorkflowEvents.DELIVERY_CREATED,
    OrderWorkflowEvents.CANCELED,
  ],
}
