import { MedusaResponse } from "@medusajs/framework/http"
import { sendCertificateScan } from "../../../../certificate-scan-file"
import { ProducerRequest } from "../../../producer-scope"

/** A producer downloads a scan it sent; another producer's request is 404. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  await sendCertificateScan(req, res, { producer_id: req.producer.producer_id })
}
