import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { Buyer, buyerOfCustomer } from "../../../lib/buyer-company"
import { ERROR_CODES } from "../../../lib/error-codes"

/** A request about the signed-in customer's company: `req.buyer` is read from the database, never from the client. */
export type CompanyRequest<Body = unknown, Query = unknown> = AuthenticatedMedusaRequest<Body, Query> & { buyer: Buyer }

/** Scopes a request to the company the signed-in customer buys for; a consumer has none (404). */
export async function resolveCompany(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const buyer = await buyerOfCustomer(req.scope, req.auth_context.actor_id)
    if (!buyer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "company: you do not buy for a company")
    ;(req as CompanyRequest).buyer = buyer
    next()
  } catch (error) {
    next(error)
  }
}

/** The company's details and delivery addresses are changed by its admins; its buyers read them. */
export function requireCompanyAdmin(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if ((req as CompanyRequest).buyer.staff.role === "admin") return next()
  next(
    new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "role: only an admin of the company can change it",
      ERROR_CODES.companyAdminOnly
    )
  )
}
