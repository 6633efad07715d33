import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CompanyRequest } from "../../company-scope"
import { STAFF_FIELDS } from "../../staff-view"

/** The company's staff, oldest first, and the caller's own place among them (what the page may offer). */
export const GET = async (req: CompanyRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: staff } = await query.graph({
    entity: "company_staff",
    fields: STAFF_FIELDS,
    filters: { company_id: req.buyer.company.id },
    pagination: { order: { created_at: "ASC" } },
  })
  res.json({ staff, me: { id: req.buyer.staff.id, role: req.buyer.staff.role } })
}
