import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_FIELDS } from "../../../lib/buyer-company"
import { AdminListCompaniesType } from "./validators"

// The office's queue: oldest registration first, so it works through them in the order they came.
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCompaniesType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status, limit, offset } = req.validatedQuery
  const { data: companies, metadata } = await query.graph({
    entity: "company",
    fields: COMPANY_FIELDS,
    filters: {
      ...(status ? { status } : {}),
      ...(q ? { $or: [{ legal_name: { $ilike: `%${q}%` } }, { tax_code: { $ilike: `${q}%` } }] } : {}),
    },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  res.json({ companies, count: metadata?.count, limit, offset })
}
