import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerSession } from "../../../../lib/experience-sessions"
import { updateSessionWorkflow } from "../../../../workflows/experience/workflows/update-session"
import { ProducerRequest } from "../../producer-scope"
import { UpdateExperienceSessionType } from "../validators"

export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json(await retrieveProducerSession(req.scope, req.producer.producer_id, req.params.id))
}

/** Changes a session's capacity (never below what is booked: 409) or opens or closes it. */
export const POST = async (req: ProducerRequest<UpdateExperienceSessionType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  await retrieveProducerSession(req.scope, producer_id, req.params.id)
  await updateSessionWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json(await retrieveProducerSession(req.scope, producer_id, req.params.id))
}
