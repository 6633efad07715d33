import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { ListStoreExperiencesQuery, StoreExperienceCalendarQuery } from "./validators"

export const storeExperienceMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/experiences", middlewares: [validateAndTransformQuery(ListStoreExperiencesQuery, {})] },
  {
    method: ["GET"],
    matcher: "/store/experiences/:handle/calendar",
    middlewares: [validateAndTransformQuery(StoreExperienceCalendarQuery, {})],
  },
]
