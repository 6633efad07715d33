import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOrderGroup } from "../../../../../lib/order-group-view"

// Like Medusa's own GET /store/orders/:id, the unguessable id is what lets a guest see its checkout.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ order_group: await retrieveOrderGroup(req.scope, req.params.id) })
}
