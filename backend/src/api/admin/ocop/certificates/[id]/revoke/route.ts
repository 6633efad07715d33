import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCertificateWorkflow } from "../../../../../../workflows/ocop/workflows/revoke-certificate"
import { retrieveCertificate } from "../route"
import { AdminRevokeCertificateType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminRevokeCertificateType>, res: MedusaResponse) => {
  await revokeCertificateWorkflow(req.scope).run({
    input: { id: req.params.id, revocation_reason: req.validatedBody.reason },
  })
  res.json({ certificate: await retrieveCertificate(req, req.params.id) })
}
