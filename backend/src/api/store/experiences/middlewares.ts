import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../validate-request"
import { ListStoreExperiencesQuery, StoreExperienceCalendarQuery } from "./validators"

// Our query validation, not Medusa's: its refusal names the field first (`from must be a day…`), as the storefront reads it.
export const storeExperienceMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/experiences", middlewares: [validateQuery(ListStoreExperiencesQuery)] },
  {
    method: ["GET"],
    matcher: "/store/experiences/:handle/calendar",
    middlewares: [validateQuery(StoreExperienceCalendarQuery)],
  },
]
