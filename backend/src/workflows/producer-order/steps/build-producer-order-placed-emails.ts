import { NotificationTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOrderPlacedEmail } from "../../../lib/emails/producer-order-email"
import { producerOrderViews } from "../../../lib/producer-order-view"

export const buildProducerOrderPlacedEmailsStepId = "build-producer-order-placed-emails"

/** One e-mail to each producer of a checkout about its own order, at the producer's address. No writes. */
export const buildProducerOrderPlacedEmailsStep = createStep(
  buildProducerOrderPlacedEmailsStepId,
  async (input: { order_group_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "order_group",
      fields: ["orders.id", "orders.producer.name", "orders.producer.email"],
      filters: { id: input.order_group_id },
    })
    const producers = new Map((group?.orders ?? []).flatMap((o) => (o?.producer?.email ? [[o.id, o.producer]] : [])))
    const views = await producerOrderViews(container, [...producers.keys()] as string[])
    return new StepResponse(
      views.map((order) => {
        const producer = producers.get(order.id) as { name: string; email: string }
        const email = producerOrderPlacedEmail(order, {
          producer_name: producer.name,
          storefront_url: process.env.STOREFRONT_URL || "http://localhost:8000",
        })
        return {
          to: producer.email,
          channel: "email",
          template: "producer-order-placed",
          content: { subject: email.subject, text: email.text },
          data: { order_id: order.id, url: email.url },
          idempotency_key: `producer-order-placed:${order.id}`,
        }
      }) as NotificationTypes.CreateNotificationDTO[]
    )
  }
)
