import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setCartShippingMethodsWorkflow } from "../../../../../../workflows/checkout/workflows/set-cart-shipping-methods"
import type { StoreSetCartShippingMethods } from "./validators"

const CART_FIELDS = ["id", "total", "shipping_total", "shipping_methods.*"]

/** Sets every producer's shipping choice of the cart in one request (one per producer). */
export const POST = async (req: MedusaRequest<StoreSetCartShippingMethods>, res: MedusaResponse) => {
  await setCartShippingMethodsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, options: req.validatedBody.options },
  })
  const {
    data: [cart],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: CART_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ cart })
}
