import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerOrder } from "../../../../lib/producer-order-view"
import { ProducerRequest } from "../../producer-scope"

/** One of the producer's orders (another producer's answers 404 in the middleware). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ order: await retrieveProducerOrder(req.scope, req.params.id) })
}
