import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPlanWorkflow } from "../../../../../workflows/report/workflows/create-plan"
import { listPlanViews, retrievePlanView } from "./plan-view"
import { AdminCreatePlanType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ plans: await listPlanViews(req.scope) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePlanType>, res: MedusaResponse) => {
  const { result } = await createPlanWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ plan: await retrievePlanView(req.scope, result.id) })
}
