import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CompanyRequest } from "../../../company-scope"
import { purchaseListOfCompany, purchaseListViews } from "../../../../../../lib/bulk-order/purchase-lists"
import { deletePurchaseListWorkflow } from "../../../../../../workflows/bulk-order/workflows/delete-purchase-list"

// The middleware has let only a verified company's staff through; another company's list is a 404.
const listOf = async (req: AuthenticatedMedusaRequest) => {
  const { company } = (req as CompanyRequest).buyer
  return purchaseListOfCompany(req.scope, company.id, req.params.id)
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [purchase_list] = await purchaseListViews(req.scope, [await listOf(req)])
  res.json({ purchase_list })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const list = await listOf(req)
  await deletePurchaseListWorkflow(req.scope).run({ input: list.id })
  res.json({ id: list.id, object: "purchase_list", deleted: true })
}
