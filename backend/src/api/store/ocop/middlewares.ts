import {
  authenticate,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody, validateParams } from "../../validate-request"
import { GetOriginParams } from "./origins/[code]/validators"
import { ListOrderGroupsQuery } from "./order-groups/validators"
import { StoreOrderLookup } from "./order-lookup/validators"
import { StoreSetCartShippingMethods } from "./carts/[id]/shipping-methods/validators"
import { StoreHoldBooking, StoreSetBookingGuests } from "./carts/[id]/bookings/validators"
import { GetOcopStatisticsQuery } from "./statistics/validators"

/**
 * The OCOP data linked to products that the storefront may ask for (`fields=+producer.name,+ocop_certificates.*`).
 * Only the producer's public fields: its phone, e-mail and tax code stay out of the store API.
 */
export const STORE_PRODUCT_OCOP_FIELDS = [
  ...[
    "id",
    "name",
    "handle",
    "legal_form",
    "women_led",
    "ethnic_minority_led",
    "ethnic_group",
    "province_code",
    "former_district",
    "logo_url",
  ].map((field) => `producer.${field}`),
  "ocop_certificates",
  "ocop_origin",
]

function allowOcopFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), ...STORE_PRODUCT_OCOP_FIELDS]
  next()
}

// Without methods these are global middlewares, which Medusa runs before the core route's own
// query validation: that is where the extra allowed fields are read.
export const ocopStoreMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products*", middlewares: [allowOcopFields] },
  { method: ["GET"], matcher: "/store/ocop/origins/:code", middlewares: [validateParams(GetOriginParams)] },
  // Guests check out too; a signed-in customer may only complete its own cart.
  {
    method: ["POST"],
    matcher: "/store/ocop/carts/:id/complete",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
  // Whose cart it is was checked by the global owner check on /store/ocop/carts/:id (store/carts/middlewares).
  {
    method: ["POST"],
    matcher: "/store/ocop/carts/:id/shipping-methods",
    middlewares: [validateBody(StoreSetCartShippingMethods)],
  },
  // Whose cart it is was checked by the global owner check on /store/ocop/carts/:id, as above.
  { method: ["POST"], matcher: "/store/ocop/carts/:id/bookings", middlewares: [validateBody(StoreHoldBooking)] },
  {
    method: ["POST"],
    matcher: "/store/ocop/carts/:id/bookings/:booking_id",
    middlewares: [validateBody(StoreSetBookingGuests)],
  },
  // A customer's order history; a guest's checkout stays readable by its unguessable id, a customer's only by it.
  {
    method: ["GET"],
    matcher: "/store/ocop/order-groups",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(ListOrderGroupsQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/order-groups/:id",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
  { method: ["POST"], matcher: "/store/ocop/order-lookup", middlewares: [validateBody(StoreOrderLookup)] },
  {
    method: ["GET"],
    matcher: "/store/ocop/statistics",
    middlewares: [validateAndTransformQuery(GetOcopStatisticsQuery, {})],
  },
]
