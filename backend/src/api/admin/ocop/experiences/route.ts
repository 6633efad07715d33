import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listExperiences } from "../../../../lib/host-experience-view"
import { AdminListExperiencesType } from "./validators"

/** The office's review queue: experiences in one status (pending by default), oldest first, with their host. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListExperiencesType>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as AdminListExperiencesType
  const page = await listExperiences(req.scope, { status }, { limit, offset, order: "ASC" })
  const producerIds = [...new Set(page.experiences.map((experience) => experience.producer_id))]
  const { data: producers } = producerIds.length
    ? await req.scope
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "producer", fields: ["id", "name"], filters: { id: producerIds } })
    : { data: [] as { id: string; name: string }[] }
  const producerOf = new Map(producers.map((producer) => [producer.id, { id: producer.id, name: producer.name }]))
  res.json({
    ...page,
    experiences: page.experiences.map((experience) => ({
      ...experience,
      producer: producerOf.get(experience.producer_id) ?? null,
    })),
  })
}
