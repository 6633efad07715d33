import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withProductAndProducer } from "./certificate-request-response"
import { AdminListCertificateRequestsType, certificateRequestFields } from "./validators"

/** The office's queue of certificate scans sent by producers (pending by default), oldest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListCertificateRequestsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, limit, offset } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "ocop_certificate_request",
    fields: certificateRequestFields,
    filters: { status },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  res.json({
    certificate_requests: await withProductAndProducer(req, data as never),
    count: metadata?.count ?? 0,
    limit,
    offset,
  })
}
