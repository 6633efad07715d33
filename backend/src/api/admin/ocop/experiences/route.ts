import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listExperiences } from "../../../../lib/experience-view"
import { AdminListExperiencesType } from "./validators"

/** The office's review queue: experiences in one status (pending by default), oldest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListExperiencesType>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as AdminListExperiencesType
  res.json(await listExperiences(req.scope, { status }, { limit, offset, order: "ASC" }))
}
