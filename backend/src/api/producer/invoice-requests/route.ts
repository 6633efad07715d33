import { MedusaResponse } from "@medusajs/framework/http"
import { listInvoiceRequests } from "../../../lib/invoice-requests"
import { ProducerRequest } from "../producer-scope"
import { ListInvoiceRequestsType } from "./validators"

/** The producer's orders whose buyer wants a VAT e-invoice (a company's data on them), newest first. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { from, to, limit, offset } = req.validatedQuery as ListInvoiceRequestsType
  res.json(await listInvoiceRequests(req.scope, req.producer.producer_id, { from, to, limit, offset }))
}
