import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateCertificateWorkflow } from "../../../../../workflows/ocop/workflows/update-certificate"
import { AdminUpdateCertificateType, certificateResponseFields } from "../validators"

export async function retrieveCertificate(req: AuthenticatedMedusaRequest<unknown>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "ocop_certificate", fields: certificateResponseFields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return data[0]
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ certificate: await retrieveCertificate(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCertificateType>, res: MedusaResponse) => {
  await updateCertificateWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ certificate: await retrieveCertificate(req, req.params.id) })
}
