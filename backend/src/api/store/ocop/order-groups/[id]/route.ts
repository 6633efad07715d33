import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { orderGroupForViewer, retrieveOrderGroup } from "../../../../../lib/order-group-view"

type MaybeSignedIn = MedusaRequest & { auth_context?: { actor_id?: string } }

// The unguessable id lets a guest come back to its checkout (contact masked); a registered
// customer's checkout is unknown (404) to anyone but that customer.
export const GET = async (req: MaybeSignedIn, res: MedusaResponse) => {
  const group = orderGroupForViewer(await retrieveOrderGroup(req.scope, req.params.id), req.auth_context?.actor_id)
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order group: no order group with id ${req.params.id}`)
  res.json({ order_group: group })
}
