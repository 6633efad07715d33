import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveExperience } from "../../../../../../lib/host-experience-view"
import { approveExperienceWorkflow } from "../../../../../../workflows/experience/workflows/review-experience"

/** Publishes a pending experience and its product; the host is told by e-mail. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await approveExperienceWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ experience: await retrieveExperience(req.scope, req.params.id) })
}
