import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removePlanTargetWorkflow } from "../../../../../../../../workflows/report/workflows/remove-plan-target"
import { updatePlanTargetWorkflow } from "../../../../../../../../workflows/report/workflows/update-plan-target"
import { retrievePlanView } from "../../../plan-view"
import { AdminUpdatePlanTargetType } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdatePlanTargetType>, res: MedusaResponse) => {
  const { id, target_id } = req.params
  await updatePlanTargetWorkflow(req.scope).run({ input: { plan_id: id, id: target_id, changes: req.validatedBody } })
  const plan = await retrievePlanView(req.scope, id)
  res.json({ target: plan.targets.find((target) => target.id === target_id), plan })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, target_id } = req.params
  await removePlanTargetWorkflow(req.scope).run({ input: { plan_id: id, id: target_id } })
  res.json({ id: target_id, object: "plan_target", deleted: true })
}
