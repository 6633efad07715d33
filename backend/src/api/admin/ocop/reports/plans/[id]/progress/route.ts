import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PlanProgressView, vietnamDate } from "@ocop/shared"
import { planProgress } from "../../../../../../../lib/report/plan-progress"
import { retrievePlanView } from "../../plan-view"
import { AdminPlanProgressType } from "../../validators"

/** Every target of the plan with its actual on `as_of` (today in Vietnam by default) and its state. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminPlanProgressType>, res: MedusaResponse) => {
  const plan = await retrievePlanView(req.scope, req.params.id)
  const asOf = req.validatedQuery.as_of ?? vietnamDate(new Date())
  const answer: PlanProgressView = { plan, as_of: asOf, targets: await planProgress(req.scope, plan, asOf) }
  res.json(answer)
}
