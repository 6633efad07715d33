import { NotificationTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderEmail, OrderGroupView } from "../../../lib/emails/order-emails"
import { retrieveOrderGroup } from "../../../lib/order-group-view"

export type ProducerOrderEmailKind = "accepted" | "packed" | "cancelled"

export const buildProducerOrderEmailStepId = "build-producer-order-email"

/**
 * The e-mail about one producer order of a checkout, with what its producer said (the reason of a
 * cancellation). Same template names and one-per-step key as the checkout's e-mails. No writes.
 */
export const buildProducerOrderEmailStep = createStep(
  buildProducerOrderEmailStepId,
  async (input: { order_id: string; kind: ProducerOrderEmailKind }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "metadata", "order_group.id"],
      filters: { id: input.order_id },
    })
    const groupId = order?.order_group?.id as string | undefined
    if (!groupId) return new StepResponse([] as NotificationTypes.CreateNotificationDTO[])
    const group = (await retrieveOrderGroup(container, groupId)) as unknown as OrderGroupView & {
      email?: string | null
      orders: { id: string }[]
    }
    const view = group.orders.find((o) => o.id === input.order_id) as OrderGroupView["orders"][number] | undefined
    if (!group.email || !view) return new StepResponse([] as NotificationTypes.CreateNotificationDTO[])
    const cancel_reason = (order.metadata?.cancel_reason as string | undefined) ?? null
    const { subject, text } = orderEmail(input.kind, group, { ...view, cancel_reason })
    return new StepResponse([
      {
        to: group.email,
        channel: "email",
        template: `order-${input.kind}`,
        content: { subject, text },
        data: { order_group_id: group.id, order_id: input.order_id, locale: group.locale ?? "vi" },
        idempotency_key: `order-${input.kind}:${group.id}:${input.order_id}`,
      },
    ] as NotificationTypes.CreateNotificationDTO[])
  }
)
