import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { customerBuysWholesale, wholesaleCartSummary } from "../../../../../lib/wholesale-cart"

/**
 * A verified buyer's own cart per producer: each part against the producer's minimum order value,
 * each line's tier and whether it meets its minimum and case pack. Anyone else's cart, or a
 * consumer's, is unknown here (404).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context?.actor_id
  const {
    data: [cart],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "customer_id"],
    filters: { id: req.params.id },
  })
  const summary =
    customerId && cart?.customer_id === customerId && (await customerBuysWholesale(req.scope, customerId))
      ? await wholesaleCartSummary(req.scope, req.params.id)
      : undefined
  if (!summary) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart: no wholesale cart with id ${req.params.id}`)
  }
  res.json({ wholesale: summary })
}
