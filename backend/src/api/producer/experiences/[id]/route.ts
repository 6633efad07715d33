import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerExperience } from "../../../../lib/host-experience-view"
import { updateExperienceWorkflow } from "../../../../workflows/experience/workflows/update-experience"
import { ProducerRequest } from "../../producer-scope"
import { UpdateExperienceType } from "../validators"

export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ experience: await retrieveProducerExperience(req.scope, req.producer.producer_id, req.params.id) })
}

/** Edits texts, rules and participant types (a new price is the variant's); a rejected one goes back for review. */
export const POST = async (req: ProducerRequest<UpdateExperienceType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  await retrieveProducerExperience(req.scope, producer_id, req.params.id)
  await updateExperienceWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ experience: await retrieveProducerExperience(req.scope, producer_id, req.params.id) })
}
