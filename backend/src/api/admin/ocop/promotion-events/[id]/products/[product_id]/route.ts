import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePromotionEventView } from "../../../../../../../lib/report/promotion-events"
import { removePromotionEventProductWorkflow } from "../../../../../../../workflows/report/workflows/promotion-event-product-remove"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removePromotionEventProductWorkflow(req.scope).run({
    input: { event_id: req.params.id, product_id: req.params.product_id },
  })
  res.json({ event: await retrievePromotionEventView(req.scope, req.params.id) })
}
