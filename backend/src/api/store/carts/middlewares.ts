import {
  authenticate,
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { checkPlaceCodes } from "../../../lib/place-codes"
import { z } from "@medusajs/framework/zod"
import { customerBuysWholesale } from "../../../lib/wholesale-cart"
import { onPost, validateBody } from "../../validate-request"
import { refuseBookingLineRemoval } from "./booking-lines"
import { accountEmailOnlySignedIn, onlyItsCustomer, onlyItsCustomersPayment } from "./cart-owner"
import {
  StoreAddLineItem,
  StoreCartContact,
  StoreNewCart,
  StoreUpdateLineItem,
  WholesaleAddLineItem,
  WholesaleNewCart,
  WholesaleUpdateLineItem,
} from "./validators"

/** A commune must belong to the province it is sent with. */
async function checkPlaces(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    for (const key of ["shipping_address", "billing_address"] as const) {
      await checkPlaceCodes(
        req.scope,
        (req.body as Partial<Record<typeof key, { metadata?: Parameters<typeof checkPlaceCodes>[1] }>>)?.[key]
          ?.metadata,
        `${key}.metadata`
      )
    }
    next()
  } catch (error) {
    next(error)
  }
}

const customerIfSignedIn = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/** Validates the body with the wholesale schema for a signed-in verified buyer, the consumer's for everyone else. */
function validateLinesBody(consumer: z.ZodTypeAny, wholesale: z.ZodTypeAny) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const actorId = (req as Partial<AuthenticatedMedusaRequest>).auth_context?.actor_id
      const buyer = await customerBuysWholesale(req.scope, actorId)
      validateBody(buyer ? wholesale : consumer)(req, res, next)
    } catch (error) {
      next(error)
    }
  }
}

// Without `method` these are global middlewares, which Medusa runs before the core routes' own
// validators; so the buyer hears about the field first, in our words. Whether a line can be sold
// (limits, stock) is checked by the cart workflows' validate hooks (workflows/hooks), which every
// caller goes through. A global middleware also matches every path below its own: the owner check
// on /store/carts/:id covers each of its routes (line items, shipping methods, promotions, taxes,
// customer, complete, and our own completion).
export const storeCartMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id", middlewares: [customerIfSignedIn, onlyItsCustomer] },
  { matcher: "/store/ocop/carts/:id", middlewares: [customerIfSignedIn, onlyItsCustomer] },
  { matcher: "/store/payment-collections", middlewares: [onPost(customerIfSignedIn, onlyItsCustomersPayment)] },
  { matcher: "/store/payment-collections/:id", middlewares: [customerIfSignedIn, onlyItsCustomersPayment] },
  {
    matcher: "/store/carts",
    middlewares: [
      onPost(
        customerIfSignedIn,
        validateLinesBody(StoreNewCart, WholesaleNewCart),
        checkPlaces,
        accountEmailOnlySignedIn
      ),
    ],
  },
  {
    matcher: "/store/carts/:id/line-items",
    middlewares: [onPost(validateLinesBody(StoreAddLineItem, WholesaleAddLineItem))],
  },
  {
    matcher: "/store/carts/:id/line-items/:line_id",
    middlewares: [onPost(validateLinesBody(StoreUpdateLineItem, WholesaleUpdateLineItem)), refuseBookingLineRemoval],
  },
  // The owner check above has already read the sign-in for every /store/carts/:id request.
  {
    matcher: "/store/carts/:id",
    middlewares: [onPost(validateBody(StoreCartContact), checkPlaces, accountEmailOnlySignedIn)],
  },
]
