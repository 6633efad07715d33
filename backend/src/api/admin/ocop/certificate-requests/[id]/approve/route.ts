import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveCertificateRequestWorkflow } from "../../../../../../workflows/ocop/workflows/approve-certificate-request"
import { retrieveCertificateRequest } from "../../certificate-request-response"
import { AdminApproveCertificateRequestType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveCertificateRequestType>,
  res: MedusaResponse
) => {
  await approveCertificateRequestWorkflow(req.scope).run({
    input: { id: req.params.id, certificate: req.validatedBody },
  })
  res.json({ certificate_request: await retrieveCertificateRequest(req, req.params.id) })
}
