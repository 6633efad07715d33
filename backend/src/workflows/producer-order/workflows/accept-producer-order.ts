import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_ORDER_ACCEPTED_EVENT } from "../../../lib/events"
import { lockProducerOrder, ProducerOrderStepInput } from "../steps/find-producer-order"
import { updateProducerOrderMetadataStep } from "../steps/update-producer-order-metadata"
import { validateProducerOrderActionStep } from "../steps/validate-producer-order-action"

export const acceptProducerOrderWorkflowId = "accept-producer-order"

/** The producer confirms it will fulfil the order (optional: packing accepts it too); the buyer is told. */
export const acceptProducerOrderWorkflow = createWorkflow(
  acceptProducerOrderWorkflowId,
  (input: ProducerOrderStepInput) => {
    const { order, lockKey } = lockProducerOrder(input)
    validateProducerOrderActionStep({ order, action: "accept" })
    updateProducerOrderMetadataStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        metadata: { accepted_at: new Date().toISOString() },
      }))
    )
    emitEventStep({
      eventName: PRODUCER_ORDER_ACCEPTED_EVENT,
      data: transform({ input }, ({ input }) => ({ id: input.order_id })),
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.order_id })
  }
)
