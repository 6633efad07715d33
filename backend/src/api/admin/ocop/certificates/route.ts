import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCertificatesWorkflow } from "../../../../workflows/ocop/workflows/create-certificates"
import { certificateListFilters } from "./list-filters"
import { AdminCreateCertificateType, AdminListCertificatesType, certificateResponseFields } from "./validators"

/** Ids of the certificates of products that come from a province (origin → product → certificates). */
async function certificateIdsInProvince(
  req: AuthenticatedMedusaRequest<unknown, AdminListCertificatesType>,
  provinceCode: string
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: origins } = await query.graph({
    entity: "ocop_origin",
    fields: ["product.ocop_certificates.id"],
    filters: { province_code: provinceCode },
  })
  return origins.flatMap((origin) => origin.product?.ocop_certificates?.map((c: { id: string } | null) => c!.id) ?? [])
}

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCertificatesType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, province_code } = req.validatedQuery
  const filters = certificateListFilters(req.validatedQuery)
  const inProvince = province_code ? { id: await certificateIdsInProvince(req, province_code) } : {}
  const { data: certificates, metadata } = await query.graph({
    entity: "ocop_certificate",
    fields: certificateResponseFields,
    filters: { ...filters, ...inProvince },
    pagination: { skip: offset, take: limit, order: { expires_at: "ASC" } },
  })
  res.json({ certificates, count: metadata?.count, limit, offset })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCertificateType>, res: MedusaResponse) => {
  const { result } = await createCertificatesWorkflow(req.scope).run({ input: { certificates: [req.validatedBody] } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certificate",
    fields: certificateResponseFields,
    filters: { id: result[0].id },
  })
  res.status(201).json({ certificate: data[0] })
}
