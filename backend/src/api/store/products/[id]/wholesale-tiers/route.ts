import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProductWholesale } from "@ocop/shared"
import { customerBuysWholesale } from "../../../../../lib/wholesale-cart"
import { variantWholesaleView, wholesaleVariants } from "../../../../../lib/wholesale-prices"

/**
 * A published product's wholesale tiers, minimums and case packs, for a signed-in verified buyer
 * only: to anyone else they do not exist (404), so no product read can leak them.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `product: no wholesale tiers for ${req.params.id}`)
  if (!(await customerBuysWholesale(req.scope, req.auth_context?.actor_id))) throw notFound
  const variants = await wholesaleVariants(req.scope, { product_id: req.params.id })
  if (!variants.length || variants[0].product?.status !== "published") throw notFound
  const wholesale: ProductWholesale = { product_id: req.params.id, variants: variants.map(variantWholesaleView) }
  res.json({ wholesale })
}
