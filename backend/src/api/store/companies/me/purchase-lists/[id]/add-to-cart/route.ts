import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CompanyRequest } from "../../../../company-scope"
import { purchaseListOfCompany } from "../../../../../../../lib/bulk-order/purchase-lists"
import { addBulkLinesWorkflow } from "../../../../../../../workflows/bulk-order/workflows/add-bulk-lines"
import type { StoreCartChoice } from "../../../../../wholesale/bulk-order-validators"

/** Adds a purchase list's lines to the cart with an upload's checks, and answers as an upload does. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCartChoice>, res: MedusaResponse) => {
  const { company } = (req as CompanyRequest).buyer
  const list = await purchaseListOfCompany(req.scope, company.id, req.params.id)
  const rows = (list.items ?? []).map((item, i) => ({
    row: i + 1,
    variant_id: item.variant_id,
    quantity: Number(item.quantity),
  }))
  const { result } = await addBulkLinesWorkflow(req.scope).run({
    input: { cart_id: req.validatedBody.cart_id, customer_id: req.auth_context.actor_id, rows },
  })
  res.json(result)
}
