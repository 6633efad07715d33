import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestCartApprovalWorkflow } from "../../../../../workflows/company-staff/workflows/request-cart-approval"

/** A company buyer asks its admins to approve this cart (its total as the store computes it). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result: approval } = await requestCartApprovalWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ approval })
}
