import { MedusaResponse } from "@medusajs/framework/http"
import { listExperiences, retrieveProducerExperience } from "../../../lib/host-experience-view"
import { createExperienceWorkflow } from "../../../workflows/experience/workflows/create-experience"
import { ProducerRequest } from "../producer-scope"
import { CreateExperienceType, ListProducerExperiencesType } from "./validators"

/** The producer's experiences, newest first. */
export const GET = async (req: ProducerRequest<unknown, ListProducerExperiencesType>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as ListProducerExperiencesType
  res.json(
    await listExperiences(
      req.scope,
      { producer_id: req.producer.producer_id, ...(status ? { status } : {}) },
      { limit, offset, order: "DESC" }
    )
  )
}

/** A new experience: the host's first waits for the office's review (`pending`). */
export const POST = async (req: ProducerRequest<CreateExperienceType>, res: MedusaResponse) => {
  const { result } = await createExperienceWorkflow(req.scope).run({
    input: { ...req.validatedBody, producer_id: req.producer.producer_id },
  })
  res.status(201).json({ experience: await retrieveProducerExperience(req.scope, req.producer.producer_id, result.id) })
}
