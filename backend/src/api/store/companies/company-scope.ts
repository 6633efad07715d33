import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { Buyer, buyerOfCustomer } from "../../../lib/buyer-company"

/** A request of a company's staff: `req.buyer` is the signed-in customer's company and place in it, from the database. */
export type CompanyStaffRequest<Body = unknown, Query = unknown> = AuthenticatedMedusaRequest<Body, Query> & {
  buyer: Buyer
}

/** Scopes a /store/companies/me/… request to the signed-in customer's company; a consumer has none (404). */
export async function resolveCompanyStaff(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const buyer = await buyerOfCustomer(req.scope, req.auth_context.actor_id)
    if (!buyer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "company: this account buys for no company")
    ;(req as CompanyStaffRequest).buyer = buyer
    next()
  } catch (error) {
    next(error)
  }
}

/** Staff, invitations and approvals are the company admins' to manage. */
export function requireCompanyAdmin(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if ((req as CompanyStaffRequest).buyer.staff.role !== "admin") {
    return next(new MedusaError(MedusaError.Types.FORBIDDEN, "role: only a company admin can do this"))
  }
  next()
}
