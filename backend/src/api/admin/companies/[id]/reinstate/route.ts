import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reinstateCompanyWorkflow } from "../../../../../workflows/company/workflows/reinstate-company"
import { retrieveAdminCompany } from "../route"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await reinstateCompanyWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ company: await retrieveAdminCompany(req.scope, req.params.id) })
}
