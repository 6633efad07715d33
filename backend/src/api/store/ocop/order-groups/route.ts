import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCustomerOrderGroups } from "../../../../lib/order-group-view"
import type { ListOrderGroupsQuery } from "./validators"

/** The signed-in customer's checkouts, newest first, each with its producers' orders and the payment. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as ListOrderGroupsQuery
  res.json(await listCustomerOrderGroups(req.scope, req.auth_context.actor_id, { limit, offset }))
}
