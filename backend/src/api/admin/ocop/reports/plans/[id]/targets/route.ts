import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addPlanTargetWorkflow } from "../../../../../../../workflows/report/workflows/add-plan-target"
import { retrievePlanView } from "../../plan-view"
import { AdminCreatePlanTargetType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePlanTargetType>, res: MedusaResponse) => {
  const { result } = await addPlanTargetWorkflow(req.scope).run({
    input: { plan_id: req.params.id, target: req.validatedBody },
  })
  const plan = await retrievePlanView(req.scope, req.params.id)
  res.status(201).json({ target: plan.targets.find((target) => target.id === result.id), plan })
}
