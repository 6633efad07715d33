import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectCertificateRequestWorkflow } from "../../../../../../workflows/ocop/workflows/reject-certificate-request"
import { retrieveCertificateRequest } from "../../certificate-request-response"
import { AdminRejectCertificateRequestType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminRejectCertificateRequestType>, res: MedusaResponse) => {
  await rejectCertificateRequestWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json({ certificate_request: await retrieveCertificateRequest(req, req.params.id) })
}
