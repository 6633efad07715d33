import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCompanyAddressWorkflow } from "../../../../../workflows/company/workflows/create-company-address"
import { CompanyRequest } from "../../company-scope"
import { companyAddressFields, StoreCompanyAddressType } from "../../validators"

export async function retrieveCompanyAddresses(req: CompanyRequest, filters: Record<string, unknown> = {}) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "company_address",
    fields: companyAddressFields,
    filters: { ...filters, company_id: req.buyer.company.id },
    pagination: { order: { created_at: "ASC" } },
  })
  return data
}

export const GET = async (req: CompanyRequest, res: MedusaResponse) => {
  res.json({ addresses: await retrieveCompanyAddresses(req) })
}

export const POST = async (req: CompanyRequest<StoreCompanyAddressType>, res: MedusaResponse) => {
  const { result } = await createCompanyAddressWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.buyer.company.id },
  })
  const [address] = await retrieveCompanyAddresses(req, { id: result.id })
  res.status(201).json({ address })
}
