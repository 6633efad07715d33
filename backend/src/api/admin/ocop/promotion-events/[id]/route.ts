import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePromotionEventView } from "../../../../../lib/report/promotion-events"
import { deletePromotionEventWorkflow } from "../../../../../workflows/report/workflows/promotion-event-delete"
import { updatePromotionEventWorkflow } from "../../../../../workflows/report/workflows/promotion-event-update"
import type { AdminUpdatePromotionEventType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ event: await retrievePromotionEventView(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdatePromotionEventType>, res: MedusaResponse) => {
  await updatePromotionEventWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ event: await retrievePromotionEventView(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deletePromotionEventWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "promotion_event", deleted: true })
}
