import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { maskOrderContact, mayRead, OrderContact } from "../../../../lib/buyer-privacy"

type MaybeSignedIn = MedusaRequest & { auth_context?: { actor_id?: string } }

/**
 * Replaces Medusa's GET /store/orders/:id, which shows any order's contact to whoever has its id:
 * a registered customer's order is unknown (404) to anyone but that customer; a guest's comes
 * with the contact masked.
 */
export const GET = async (req: MaybeSignedIn, res: MedusaResponse) => {
  const {
    data: [buyer],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: req.params.id, is_draft_order: false },
  })
  if (
    !buyer ||
    !mayRead({ customer_id: buyer.customer_id, has_account: buyer.customer?.has_account }, req.auth_context?.actor_id)
  ) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `order: no order with id ${req.params.id}`)
  }
  const { result } = await getOrderDetailWorkflow(req.scope).run({
    input: { fields: req.queryConfig.fields, order_id: req.params.id, filters: { is_draft_order: false } },
  })
  res.json({ order: buyer.customer?.has_account ? result : maskOrderContact(result as OrderContact) })
}
