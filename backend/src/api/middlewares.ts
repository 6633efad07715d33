import { defineMiddlewares } from "@medusajs/framework/http"
import { ocopAdminMiddlewares } from "./admin/ocop/middlewares"
import { placeMiddlewares } from "./places-middlewares"
import { ocopStoreMiddlewares } from "./store/ocop/middlewares"

export default defineMiddlewares({
  routes: [...placeMiddlewares, ...ocopAdminMiddlewares, ...ocopStoreMiddlewares],
})
