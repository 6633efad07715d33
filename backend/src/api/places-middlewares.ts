import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetCommunesParams, GetProvincesParams } from "./store/places/validators"

// Store and admin share the place look-ups, so they share their query validation too.
const placeRoutes = (prefix: "/store" | "/admin"): MiddlewareRoute[] => [
  {
    method: ["GET"],
    matcher: `${prefix}/places/provinces`,
    middlewares: [validateAndTransformQuery(GetProvincesParams, {})],
  },
  {
    method: ["GET"],
    matcher: `${prefix}/places/provinces/:code/communes`,
    middlewares: [validateAndTransformQuery(GetCommunesParams, {})],
  },
]

/** Spread into the root `defineMiddlewares({ routes })` of api/middlewares.ts. */
export const placeMiddlewares: MiddlewareRoute[] = [...placeRoutes("/store"), ...placeRoutes("/admin")]
