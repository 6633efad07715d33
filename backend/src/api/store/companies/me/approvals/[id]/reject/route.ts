import { MedusaResponse } from "@medusajs/framework/http"
import { decideCompanyApprovalWorkflow } from "../../../../../../../workflows/company-staff/workflows/decide-company-approval"
import { CompanyRequest } from "../../../../company-scope"
import { DecideCompanyApprovalType } from "../../../../validators"

export const POST = async (req: CompanyRequest<DecideCompanyApprovalType>, res: MedusaResponse) => {
  const { result: approval } = await decideCompanyApprovalWorkflow(req.scope).run({
    input: {
      company_id: req.buyer.company.id,
      approval_id: req.params.id,
      status: "rejected",
      decided_by: req.buyer.staff.customer_id,
      reason: req.validatedBody.reason || null,
    },
  })
  res.json({ approval })
}
