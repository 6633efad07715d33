import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCertificateScan } from "../../../../../certificate-scan-file"

/** The office downloads a producer's certificate scan (any producer's). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  await sendCertificateScan(req, res)
}
