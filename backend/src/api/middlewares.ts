import { configureStoreSearch, defineMiddlewares } from "@medusajs/framework/http"
import { ocopAdminMiddlewares } from "./admin/ocop/middlewares"
import { authThrottleMiddlewares } from "./auth/middlewares"
import { paymentHookMiddlewares } from "./hooks/payment/middlewares"
import { placeMiddlewares } from "./places-middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { searchAwareErrorHandler } from "./search-unavailable"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeShippingOptionMiddlewares } from "./store/shipping-options/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"
import { ocopStoreMiddlewares } from "./store/ocop/middlewares"

export default defineMiddlewares({
  errorHandler: searchAwareErrorHandler,
  routes: [
    ...authThrottleMiddlewares,
    ...placeMiddlewares,
    ...ocopAdminMiddlewares,
    ...paymentHookMiddlewares,
    ...ocopStoreMiddlewares,
    ...storeCartMiddlewares,
    ...storeShippingOptionMiddlewares,
    ...storeCustomerMiddlewares,
    ...producerMiddlewares,
    // Only the product index is public; it is narrowed to published products of the key's sales channel.
    { matcher: "/store/search", middlewares: [configureStoreSearch({ allowed_indexes: { product: true } })] },
  ],
})
