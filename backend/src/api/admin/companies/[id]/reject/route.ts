import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectCompanyWorkflow } from "../../../../../workflows/company/workflows/reject-company"
import { retrieveAdminCompany } from "../route"
import { AdminCompanyDecisionWithReasonType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCompanyDecisionWithReasonType>,
  res: MedusaResponse
) => {
  await rejectCompanyWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ company: await retrieveAdminCompany(req.scope, req.params.id) })
}
