import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPromotionEventViews, retrievePromotionEventView } from "../../../../lib/report/promotion-events"
import { createPromotionEventWorkflow } from "../../../../workflows/report/workflows/promotion-event-create"
import type { AdminCreatePromotionEventType, AdminListPromotionEventsType } from "./validators"

/** Events overlapping `from`–`to` (either may be left out) whose name contains `q`, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const filter = req.validatedQuery as AdminListPromotionEventsType
  const { events, count } = await listPromotionEventViews(req.scope, filter)
  res.json({ events, count, limit: filter.limit, offset: filter.offset })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePromotionEventType>, res: MedusaResponse) => {
  const { result } = await createPromotionEventWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ event: await retrievePromotionEventView(req.scope, result.id) })
}
