import { MedusaResponse } from "@medusajs/framework/http"
import { producerDashboard } from "../../../lib/producer-dashboard"
import { ProducerRequest } from "../producer-scope"

/** The producer's figures at a glance: sales, orders to fulfil, stock running low, certificates expiring. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json(await producerDashboard(req.scope, req.producer.producer_id))
}
