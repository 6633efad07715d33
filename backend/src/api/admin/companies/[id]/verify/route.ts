import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyCompanyWorkflow } from "../../../../../workflows/company/workflows/verify-company"
import { retrieveAdminCompany } from "../route"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await verifyCompanyWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ company: await retrieveAdminCompany(req.scope, req.params.id) })
}
