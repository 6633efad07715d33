import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CompanyRequest } from "../../company-scope"
import { purchaseListOfCompany, purchaseListViews } from "../../../../../lib/bulk-order/purchase-lists"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { createPurchaseListWorkflow } from "../../../../../workflows/bulk-order/workflows/create-purchase-list"
import type { StoreNewPurchaseList } from "../../../wholesale/bulk-order-validators"

// The middleware has let only a verified company's staff through.
const companyOf = async (req: AuthenticatedMedusaRequest) => (req as CompanyRequest).buyer.company

/** The company's purchase lists, newest first, visible to all its staff. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const companies: CompanyModuleService = req.scope.resolve(COMPANY_MODULE)
  const lists = await companies.listPurchaseLists(
    { company_id: (await companyOf(req)).id },
    { relations: ["items"], order: { created_at: "DESC" } }
  )
  res.json({ purchase_lists: await purchaseListViews(req.scope, lists as never) })
}

/** Saves the cart's lines under a name. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreNewPurchaseList>, res: MedusaResponse) => {
  const company = await companyOf(req)
  const { result } = await createPurchaseListWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: company.id, customer_id: req.auth_context.actor_id },
  })
  const list = await purchaseListOfCompany(req.scope, company.id, result.id)
  const [purchase_list] = await purchaseListViews(req.scope, [list])
  res.status(201).json({ purchase_list })
}
