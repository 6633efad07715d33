import {
  authenticate,
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { buyerOfCustomer, buysWholesale } from "../../../lib/buyer-company"
import { ERROR_CODES } from "../../../lib/error-codes"
import { onlyItsCustomersBodyCart } from "../carts/cart-owner"
import {
  StoreBulkLines,
  StoreCartChoice,
  StoreNewPurchaseList,
  StoreWholesaleVariantSearch,
} from "./bulk-order-validators"

const signedIn = authenticate("customer", ["session", "bearer"])

/** Uploads and purchase lists are for the staff of a verified company; anyone else is refused (403). */
async function onlyWholesaleBuyer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    if (buysWholesale(await buyerOfCustomer(req.scope, req.auth_context.actor_id))) return next()
    next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "customer: bulk ordering is for the staff of a verified company",
        ERROR_CODES.notWholesaleBuyer
      )
    )
  } catch (error) {
    next(error)
  }
}

const LISTS = "/store/companies/me/purchase-lists"

// The cart in a path is checked by the carts' own owner middleware; one named in a body, here.
export const storeBulkOrderMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts/:id/bulk-lines",
    methods: ["POST"],
    // A 200 KB CSV grows when written as a JSON string; the route's validator holds it to 200 KB.
    bodyParser: { sizeLimit: "600kb" },
    middlewares: [signedIn, onlyWholesaleBuyer, validateAndTransformBody(StoreBulkLines)],
  },
  {
    matcher: "/store/wholesale/variants",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreWholesaleVariantSearch, {})],
  },
  { matcher: LISTS, methods: ["GET"], middlewares: [signedIn, onlyWholesaleBuyer] },
  {
    matcher: LISTS,
    methods: ["POST"],
    middlewares: [
      signedIn,
      onlyWholesaleBuyer,
      validateAndTransformBody(StoreNewPurchaseList),
      onlyItsCustomersBodyCart,
    ],
  },
  { matcher: `${LISTS}/:id`, methods: ["GET", "DELETE"], middlewares: [signedIn, onlyWholesaleBuyer] },
  {
    matcher: `${LISTS}/:id/add-to-cart`,
    methods: ["POST"],
    middlewares: [signedIn, onlyWholesaleBuyer, validateAndTransformBody(StoreCartChoice), onlyItsCustomersBodyCart],
  },
  {
    matcher: "/store/orders/:id/reorder",
    methods: ["POST"],
    middlewares: [signedIn, validateAndTransformBody(StoreCartChoice), onlyItsCustomersBodyCart],
  },
]
