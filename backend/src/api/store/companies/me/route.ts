import { MedusaResponse } from "@medusajs/framework/http"
import { updateCompanyWorkflow } from "../../../../workflows/company/workflows/update-company"
import { CompanyRequest } from "../company-scope"
import { retrieveCompany } from "../company-view"
import { StoreUpdateCompanyType } from "../validators"

export const GET = async (req: CompanyRequest, res: MedusaResponse) => {
  res.json({ company: await retrieveCompany(req.scope, req.buyer.company.id), role: req.buyer.staff.role })
}

export const POST = async (req: CompanyRequest<StoreUpdateCompanyType>, res: MedusaResponse) => {
  await updateCompanyWorkflow(req.scope).run({ input: { id: req.buyer.company.id, changes: req.validatedBody } })
  res.json({ company: await retrieveCompany(req.scope, req.buyer.company.id), role: req.buyer.staff.role })
}
