import {
  authenticate,
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { buyerOfCustomer, buysWholesale, type Buyer } from "../../../lib/buyer-company"
import { ERROR_CODES } from "../../../lib/error-codes"
import { validateBody, validateQuery } from "../../validate-request"
import {
  AcceptStoreQuote,
  AddStoreQuoteMessage,
  CreateRequestForQuote,
  ListStoreQuotes,
  RejectStoreQuote,
  RequestStoreQuoteAgain,
} from "./validators"

/** A store quote request: `req.buyer` is the signed-in staff member and its verified company. */
export type BuyerRequest<Body = unknown, Query = unknown> = AuthenticatedMedusaRequest<Body, Query> & { buyer: Buyer }

/** Quotes are a verified company's: a consumer, or staff of a company not (or no longer) verified, is refused. */
async function requireWholesaleBuyer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const buyer = await buyerOfCustomer(req.scope, req.auth_context.actor_id)
    if (!buysWholesale(buyer)) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "company: quotes are for staff of a verified buyer company",
        ERROR_CODES.quoteBuyerNotVerified
      )
    }
    ;(req as BuyerRequest).buyer = buyer
    next()
  } catch (error) {
    next(error)
  }
}

export const storeQuotesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/quotes*",
    middlewares: [authenticate("customer", ["session", "bearer"]), requireWholesaleBuyer],
  },
  { matcher: "/store/quotes", methods: ["GET"], middlewares: [validateQuery(ListStoreQuotes)] },
  { matcher: "/store/quotes", methods: ["POST"], middlewares: [validateBody(CreateRequestForQuote)] },
  { matcher: "/store/quotes/:id/messages", methods: ["POST"], middlewares: [validateBody(AddStoreQuoteMessage)] },
  { matcher: "/store/quotes/:id/accept", methods: ["POST"], middlewares: [validateBody(AcceptStoreQuote)] },
  { matcher: "/store/quotes/:id/reject", methods: ["POST"], middlewares: [validateBody(RejectStoreQuote)] },
  {
    matcher: "/store/quotes/:id/request-again",
    methods: ["POST"],
    middlewares: [validateBody(RequestStoreQuoteAgain)],
  },
]
