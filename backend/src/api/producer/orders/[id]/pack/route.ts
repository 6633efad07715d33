import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerOrder } from "../../../../../lib/producer-order-view"
import { packProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/pack-producer-order"
import { ProducerRequest } from "../../../producer-scope"

/** The producer packs the whole order at its stock location; the buyer is e-mailed. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  await packProducerOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, producer_id: req.producer.producer_id } })
  res.json({ order: await retrieveProducerOrder(req.scope, req.params.id) })
}
