import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockProducerOrder, ProducerOrderStepInput } from "../steps/find-producer-order"
import { updateProducerOrderMetadataStep } from "../steps/update-producer-order-metadata"
import { validateProducerOrderActionStep } from "../steps/validate-producer-order-action"

export const shipProducerOrderWorkflowId = "ship-producer-order"

export type ShipProducerOrderInput = ProducerOrderStepInput & { carrier: string; tracking_number: string }

/**
 * The producer hands the packed parcel to a carrier: Medusa's shipment records the tracking number
 * on the fulfilment (its label) and e-mails the buyer; the carrier's name is kept on the order.
 */
export const shipProducerOrderWorkflow = createWorkflow(
  shipProducerOrderWorkflowId,
  (input: ShipProducerOrderInput) => {
    const { order, lockKey } = lockProducerOrder(input)
    validateProducerOrderActionStep({ order, action: "ship" })
    updateProducerOrderMetadataStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id, metadata: { carrier: input.carrier } }))
    )
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ order, input }, ({ order, input }) => {
        const packed = order.fulfillments.find((f) => !f.canceled_at && !f.shipped_at)!
        return {
          order_id: order.id,
          fulfillment_id: packed.id,
          items: (packed.items ?? []).map((i) => ({ id: i.line_item_id, quantity: Number(i.quantity) })),
          labels: [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }],
        }
      }),
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.order_id })
  }
)
