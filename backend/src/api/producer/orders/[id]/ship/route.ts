import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerOrder } from "../../../../../lib/producer-order-view"
import { shipProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/ship-producer-order"
import { ProducerRequest } from "../../../producer-scope"
import { ShipProducerOrderType } from "../../validators"

/** The packed parcel goes to a carrier with a tracking number; the buyer is e-mailed. */
export const POST = async (req: ProducerRequest<ShipProducerOrderType>, res: MedusaResponse) => {
  await shipProducerOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, order_id: req.params.id, producer_id: req.producer.producer_id } })
  res.json({ order: await retrieveProducerOrder(req.scope, req.params.id) })
}
