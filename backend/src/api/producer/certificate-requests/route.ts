import { MedusaResponse } from "@medusajs/framework/http"
import { ProducerRequest } from "../producer-scope"
import { listOwnCertificateRequests } from "./own-certificate-requests"

/** The certificate scans this producer sent, and what the office decided. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ certificate_requests: await listOwnCertificateRequests(req) })
}
