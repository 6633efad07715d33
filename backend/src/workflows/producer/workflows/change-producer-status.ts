import { transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ProducerEmailKind } from "../../../lib/emails/producer-emails"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { setProducerGoodsOnSaleStep } from "../steps/set-producer-goods-on-sale"
import { updateProducerStep } from "../steps/update-producer"
import { validateProducerTransitionStep } from "../steps/validate-producer-transition"
import { sendProducerEmailWorkflow } from "./send-producer-email"

export type ProducerReviewInput = { id: string; reason?: string | null }

/**
 * The body shared by approve, reject and suspend (call it inside their `createWorkflow`): checks the
 * transition, sets status and reason (the update step restores both on failure), puts the goods on
 * sale or takes them off when `on_sale` says so (the search index is told) and tells the owner.
 */
export function changeProducerStatus(
  input: ProducerReviewInput,
  change: { to: "active" | "rejected" | "suspended"; email: ProducerEmailKind; on_sale?: boolean }
) {
  const { data: producers } = useQueryGraphStep({
    entity: "producer",
    fields: ["id", "name", "email", "status"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  validateProducerTransitionStep(
    transform({ producers }, ({ producers }) => ({ status: producers[0].status, to: change.to }))
  )
  const producer = updateProducerStep(
    transform({ input }, ({ input }) => ({ id: input.id, status: change.to, status_reason: input.reason ?? null }))
  )
  if (change.on_sale !== undefined) {
    const moved = setProducerGoodsOnSaleStep(
      transform({ input }, ({ input }) => ({ producer_id: input.id, on_sale: change.on_sale! }))
    )
    emitEventStep({
      eventName: OCOP_PRODUCTS_CHANGED_EVENT,
      data: transform({ moved }, ({ moved }) => ({ product_ids: moved.product_ids })),
    })
  }
  sendProducerEmailWorkflow.runAsStep({
    input: transform({ producers, producer, input }, ({ producers, producer, input }) => ({
      // The producer's own address is its owner's (the applicant's sign-in).
      to: producers[0].email,
      kind: change.email,
      producer_name: producers[0].name,
      reason: input.reason ?? null,
      // One e-mail per transition: a producer may be suspended and reinstated more than once.
      idempotency_key: `${change.email}:${input.id}:${new Date((producer as { updated_at: Date }).updated_at).toISOString()}`,
    })),
  })
  return producer
}
