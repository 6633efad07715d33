import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptCompanyInviteWorkflow } from "../../../../workflows/company-staff/workflows/accept-company-invite"
import { staffView } from "../../companies/staff-view"
import { AcceptCompanyInviteType } from "../../companies/validators"

/** A signed-in customer with the invited e-mail joins the company with the invited role and limit. */
export const POST = async (req: AuthenticatedMedusaRequest<AcceptCompanyInviteType>, res: MedusaResponse) => {
  const { result: staff } = await acceptCompanyInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ staff: staffView(staff) })
}
