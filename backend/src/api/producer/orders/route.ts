import { MedusaResponse } from "@medusajs/framework/http"
import { listProducerOrders } from "../../../lib/producer-order-view"
import { ProducerRequest } from "../producer-scope"
import { ListProducerOrdersType } from "./validators"

/** The producer's orders from the checkout split, newest first, optionally at one fulfilment status. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { fulfilment_status, limit, offset } = req.validatedQuery as ListProducerOrdersType
  res.json(await listProducerOrders(req.scope, req.producer.producer_id, { fulfilment_status, limit, offset }))
}
