import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parsePromotionEventCsv } from "../../../../../../../lib/report/promotion-event-csv"
import { retrievePromotionEventView } from "../../../../../../../lib/report/promotion-events"
import { importPromotionEventProductsWorkflow } from "../../../../../../../workflows/report/workflows/promotion-event-products-import"
import type { AdminImportPromotionEventProductsType } from "../../../validators"

/** Adds the products of an organiser's participant CSV; answers every row's outcome (added, or refused and why). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportPromotionEventProductsType>,
  res: MedusaResponse
) => {
  const rows = parsePromotionEventCsv(req.validatedBody.file)
  const { result } = await importPromotionEventProductsWorkflow(req.scope).run({
    input: { event_id: req.params.id, rows },
  })
  res.json({ ...result, event: await retrievePromotionEventView(req.scope, req.params.id) })
}
