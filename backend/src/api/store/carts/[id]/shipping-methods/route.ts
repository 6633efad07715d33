import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setCartShippingMethodsWorkflow } from "../../../../../workflows/checkout/workflows/set-cart-shipping-methods"

type AddShippingMethod = { option_id: string; data?: Record<string, unknown> }

/**
 * Replaces Medusa's route at this path (a project route registered later wins; Medusa's body and
 * query validation still run first): the same body and answer, but the option must be one of the
 * cart's own producers', found without reading every stock location of the sales channel.
 */
export const POST = async (req: MedusaRequest<AddShippingMethod | AddShippingMethod[]>, res: MedusaResponse) => {
  const body = req.validatedBody
  const options = Array.isArray(body) ? body : [body]
  await setCartShippingMethodsWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      options: options.map((option) => ({ id: option.option_id, data: option.data })),
      fields: Array.isArray(body) ? options.map((_, i) => `${i}.option_id`) : ["option_id"],
    },
  })
  const {
    data: [cart],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  res.json({ cart })
}
