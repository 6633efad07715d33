import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { onGet, onPost, validateBody, validateQuery } from "../../validate-request"
import { StoreCalculateShippingOption, StoreListCartShippingOptions } from "./validators"

/** Medusa's price calculation reads the cart and the option without checking they exist: a missing one is a 404, not a 500. */
async function requireCartAndOption(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const cartId = (req.body as { cart_id: string }).cart_id
    const { data: carts } = await query.graph({ entity: "cart", fields: ["id"], filters: { id: cartId } })
    if (!carts.length) return next(new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: no cart ${cartId}`))
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["id"],
      filters: { id: req.params.id },
    })
    if (!options.length)
      return next(new MedusaError(MedusaError.Types.NOT_FOUND, `id: no shipping option ${req.params.id}`))
    next()
  } catch (error) {
    next(error)
  }
}

// Global (no `method`), so they run before Medusa's own validators of these paths.
export const storeShippingOptionMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/shipping-options", middlewares: [onGet(validateQuery(StoreListCartShippingOptions))] },
  {
    matcher: "/store/shipping-options/:id/calculate",
    middlewares: [onPost(validateBody(StoreCalculateShippingOption), requireCartAndOption)],
  },
]
