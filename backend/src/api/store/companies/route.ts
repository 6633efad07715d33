import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerCompanyWorkflow } from "../../../workflows/company/workflows/register-company"
import { retrieveCompany } from "./company-view"
import { StoreRegisterCompanyType } from "./validators"

export const POST = async (req: AuthenticatedMedusaRequest<StoreRegisterCompanyType>, res: MedusaResponse) => {
  const { address, ...company } = req.validatedBody
  const { result } = await registerCompanyWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, company, address },
  })
  res.status(201).json({ company: await retrieveCompany(req.scope, result.company.id), role: result.staff.role })
}
