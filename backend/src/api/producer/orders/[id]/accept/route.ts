import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerOrder } from "../../../../../lib/producer-order-view"
import { acceptProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/accept-producer-order"
import { ProducerRequest } from "../../../producer-scope"

/** The producer accepts the order; the buyer is e-mailed. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  await acceptProducerOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, producer_id: req.producer.producer_id } })
  res.json({ order: await retrieveProducerOrder(req.scope, req.params.id) })
}
