import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveExperience } from "../../../../../../lib/host-experience-view"
import { rejectExperienceWorkflow } from "../../../../../../workflows/experience/workflows/review-experience"
import { AdminRejectExperienceType } from "../../validators"

/** Turns a pending experience down with a reason the host reads; the host is told by e-mail. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRejectExperienceType>, res: MedusaResponse) => {
  await rejectExperienceWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ experience: await retrieveExperience(req.scope, req.params.id) })
}
