import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerOrder } from "../../../../../lib/producer-order-view"
import { deliverProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/deliver-producer-order"
import { ProducerRequest } from "../../../producer-scope"

/** The parcel reached the buyer; cash on delivery is captured for this order. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  await deliverProducerOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, producer_id: req.producer.producer_id } })
  res.json({ order: await retrieveProducerOrder(req.scope, req.params.id) })
}
