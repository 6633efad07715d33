import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCartShippingOptionsWorkflow } from "../../../workflows/checkout/workflows/list-cart-shipping-options"

/**
 * Replaces Medusa's route at this path (a project route registered later wins): the cart's own
 * producers' options only, calculated ones already priced. Medusa's query validation still runs
 * first and gives `req.queryConfig`, so `fields` works as on Medusa's route.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { cart_id, is_return } = req.filterableFields as { cart_id: string; is_return?: boolean }
  const { result: shipping_options } = await listCartShippingOptionsWorkflow(req.scope).run({
    input: { cart_id, is_return: !!is_return, fields: req.queryConfig.fields },
  })
  res.json({ shipping_options })
}
