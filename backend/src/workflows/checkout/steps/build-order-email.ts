import { NotificationTypes } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderEmail, OrderEmailKind, OrderGroupView } from "../../../lib/emails/order-emails"
import { retrieveOrderGroup } from "../../../lib/order-group-view"

export const buildOrderEmailStepId = "build-order-email"

/** The e-mail about a checkout (or one of its producer orders), addressed to the buyer. No writes. */
export const buildOrderEmailStep = createStep(
  buildOrderEmailStepId,
  async (input: { order_group_id: string; kind: OrderEmailKind; order_id?: string }, { container }) => {
    const group = (await retrieveOrderGroup(container, input.order_group_id)) as unknown as OrderGroupView & {
      email?: string | null
      orders: { id: string }[]
    }
    if (!group.email) return new StepResponse([] as NotificationTypes.CreateNotificationDTO[])
    const order = input.order_id ? group.orders.find((o) => o.id === input.order_id) : undefined
    const { subject, text } = orderEmail(input.kind, group, order as OrderGroupView["orders"][number] | undefined)
    return new StepResponse([
      {
        to: group.email,
        channel: "email",
        template: `order-${input.kind}`,
        content: { subject, text },
        data: { order_group_id: group.id, order_id: input.order_id ?? null, locale: group.locale ?? "vi" },
        // One e-mail per step of a checkout, however many events report it: the two last COD
        // captures of a checkout can both see it paid in full, and the event bus may retry.
        idempotency_key: `order-${input.kind}:${group.id}${input.order_id ? `:${input.order_id}` : ""}`,
      },
    ] as NotificationTypes.CreateNotificationDTO[])
  }
)
