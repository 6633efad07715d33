import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deletePlanWorkflow } from "../../../../../../workflows/report/workflows/delete-plan"
import { updatePlanWorkflow } from "../../../../../../workflows/report/workflows/update-plan"
import { retrievePlanView } from "../plan-view"
import { AdminUpdatePlanType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ plan: await retrievePlanView(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdatePlanType>, res: MedusaResponse) => {
  await updatePlanWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ plan: await retrievePlanView(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deletePlanWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "plan", deleted: true })
}
