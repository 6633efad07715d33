import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CompanyRequest } from "../../company-scope"

type Approval = { id: string; cart_id: string; requested_by: string; total: number; created_at: string }

/** The approvals waiting for a company admin, each with its cart's lines and current total and who asked. */
export const GET = async (req: CompanyRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: approvals } = (await query.graph({
    entity: "company_approval",
    fields: ["id", "cart_id", "requested_by", "total", "status", "created_at"],
    filters: { company_id: req.buyer.company.id, status: "pending" },
    pagination: { order: { created_at: "ASC" } },
  })) as { data: Approval[] }
  const cartIds = approvals.map((approval) => approval.cart_id)
  const { data: carts } = cartIds.length
    ? await query.graph({
        entity: "cart",
        fields: [
          "id",
          "total",
          "completed_at",
          "items.id",
          "items.product_title",
          "items.variant_title",
          "items.quantity",
          "items.unit_price",
          "items.total",
        ],
        filters: { id: cartIds },
      })
    : { data: [] }
  const { data: staff } = await query.graph({
    entity: "company_staff",
    fields: ["customer_id", "email", "name"],
    filters: { company_id: req.buyer.company.id },
  })
  res.json({
    approvals: approvals.map((approval) => ({
      ...approval,
      cart: carts.find((cart) => cart.id === approval.cart_id) ?? null,
      requester: staff.find((member) => member.customer_id === approval.requested_by) ?? null,
    })),
  })
}
