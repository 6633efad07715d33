import { MiddlewareRoute } from "@medusajs/framework/http"
import { checkQuery, onGet } from "../../check-body"
import { StoreListCartShippingOptions } from "./validators"

// Global (no `method`), so it runs before Medusa's own query validator of this path.
export const storeShippingOptionMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/shipping-options", middlewares: [onGet(checkQuery(StoreListCartShippingOptions))] },
]
