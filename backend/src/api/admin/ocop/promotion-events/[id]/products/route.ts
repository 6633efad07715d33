import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePromotionEventView } from "../../../../../../lib/report/promotion-events"
import { addPromotionEventProductsWorkflow } from "../../../../../../workflows/report/workflows/promotion-event-products-add"
import type { AdminAddPromotionEventProductsType } from "../../validators"

/** Adds products (by id) to the event's list; those already on it stay as they are. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddPromotionEventProductsType>,
  res: MedusaResponse
) => {
  await addPromotionEventProductsWorkflow(req.scope).run({
    input: { event_id: req.params.id, product_ids: req.validatedBody.product_ids },
  })
  res.json({ event: await retrievePromotionEventView(req.scope, req.params.id) })
}
