import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCompanyTermsWorkflow } from "../../../../../workflows/company/workflows/set-company-terms"
import { retrieveAdminCompany } from "../route"
import { AdminSetCompanyTermsType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminSetCompanyTermsType>, res: MedusaResponse) => {
  await setCompanyTermsWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ company: await retrieveAdminCompany(req.scope, req.params.id) })
}
