import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { Buyer, buyerOfCustomer } from "../../../../../lib/buyer-company"

/** The signed-in customer's company; a consumer has none (404). */
export async function companyOfRequest(req: AuthenticatedMedusaRequest): Promise<Buyer> {
  const buyer = await buyerOfCustomer(req.scope, req.auth_context.actor_id)
  if (!buyer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "company: you are not staff of a buyer company")
  return buyer
}
