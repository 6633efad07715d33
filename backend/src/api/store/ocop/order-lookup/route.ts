import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { lookUpOrderGroup } from "../../../../lib/order-group-view"
import type { StoreOrderLookup } from "./validators"

/**
 * A guest finds its checkout again by one of its order numbers and the delivery phone. A wrong
 * number, a wrong phone and a registered customer's order all get the same 404.
 */
export const POST = async (req: MedusaRequest<StoreOrderLookup>, res: MedusaResponse) => {
  const { display_id, phone } = req.validatedBody
  const group = await lookUpOrderGroup(req.scope, display_id, phone)
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, "order: no order with this number and phone")
  res.json({ order_group: group })
}
