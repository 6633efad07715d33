import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { publicExperience, type ExperienceRow } from "../../../../lib/experience-view"
import { publishedExperience } from "./published-experience"

/** An experience's page: its texts, policy, meeting point, participant types with their prices, and its host. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const experience = await publishedExperience(req.scope, req.params.handle)
  res.json({ experience: await publicExperience(req.scope, experience as unknown as ExperienceRow) })
}
