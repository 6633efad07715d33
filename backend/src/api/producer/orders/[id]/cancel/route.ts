import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerOrder } from "../../../../../lib/producer-order-view"
import { cancelProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/cancel-producer-order"
import { ProducerRequest } from "../../../producer-scope"
import { CancelProducerOrderType } from "../../validators"

/** The producer cannot fulfil the order: it is cancelled, restocked and what was paid for it refunded. */
export const POST = async (req: ProducerRequest<CancelProducerOrderType>, res: MedusaResponse) => {
  await cancelProducerOrderWorkflow(req.scope).run({ input: { reason: req.validatedBody.reason, order_id: req.params.id, producer_id: req.producer.producer_id } })
  res.json({ order: await retrieveProducerOrder(req.scope, req.params.id) })
}
