import { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerSalesView } from "@ocop/shared"
import { salesBy, salesTotals } from "../../../lib/report/sales"
import { ProducerRequest } from "../producer-scope"
import type { ProducerSalesType } from "./validators"

/** The signed-in producer's own net sales in the period, by month, channel or product, with their sum. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { by, from, to } = req.validatedQuery as ProducerSalesType
  const filters = { from, to, producer_id: req.producer.producer_id }
  const [rows, total] = await Promise.all([salesBy(req.scope, by, filters), salesTotals(req.scope, filters)])
  const view: ProducerSalesView = { from, to, by, rows, total }
  res.json(view)
}
