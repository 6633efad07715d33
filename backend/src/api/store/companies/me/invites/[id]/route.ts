import { MedusaResponse } from "@medusajs/framework/http"
import { withdrawCompanyInviteWorkflow } from "../../../../../../workflows/company-staff/workflows/withdraw-company-invite"
import { CompanyRequest } from "../../../company-scope"

export const DELETE = async (req: CompanyRequest, res: MedusaResponse) => {
  await withdrawCompanyInviteWorkflow(req.scope).run({
    input: { company_id: req.buyer.company.id, invite_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "company_invite", deleted: true })
}
