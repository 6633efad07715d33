import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { currentCertificate } from "@ocop/shared"
import { productOcopFields } from "../validators"

export async function retrieveProductOcop(req: AuthenticatedMedusaRequest<unknown>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "product", fields: productOcopFields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  const { ocop_certificates, ...product } = data[0] as (typeof data)[0] & {
    ocop_certificates?: { id: string; decision_date: Date; revoked_at: Date | null }[]
  }
  const certificates = [...(ocop_certificates ?? [])].sort(
    (a, b) => new Date(b.decision_date).getTime() - new Date(a.decision_date).getTime()
  )
  return { ...product, certificates, current_certificate_id: currentCertificate(certificates)?.id ?? null }
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ product: await retrieveProductOcop(req, req.params.id) })
}
