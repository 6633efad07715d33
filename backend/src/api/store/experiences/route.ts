import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { experienceSummaries, type ExperienceRow } from "../../../lib/experience-view"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import { PLACE_MODULE } from "../../../modules/place"
import type PlaceModuleService from "../../../modules/place/service"
import type { ListStoreExperiencesQuery } from "./validators"

type NearProduct = { producer?: { id: string; province_code: string; former_district: string | null } | null }

/**
 * For a product page's "experiences where it is made": experiences its producer hosts, or hosted in
 * a commune of its producer's former district.
 */
async function nearProduct(req: MedusaStoreRequest, productId: string) {
  const {
    data: [product],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "producer.id", "producer.province_code", "producer.former_district"],
    filters: { id: productId, status: "published" },
  })
  const producer = (product as NearProduct | undefined)?.producer
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `near_product: no product ${productId}`)
  if (!producer) return { producer_id: [] }
  const communes = producer.former_district
    ? await req.scope
        .resolve<PlaceModuleService>(PLACE_MODULE)
        .listCommunes(
          { province_code: producer.province_code, default_former_district: producer.former_district },
          { select: ["code"], take: null }
        )
    : []
  return {
    $or: [{ producer_id: producer.id }, { commune_code: communes.map((commune: { code: string }) => commune.code) }],
  }
}

/** Published experiences, by place, host, kind, or near a product; newest first. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { limit, offset, near_product, ...filters } = req.validatedQuery as ListStoreExperiencesQuery
  const near = near_product ? await nearProduct(req, near_product) : {}
  const [rows, count] = await req.scope
    .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    .listAndCountExperiences(
      { ...filters, ...near, status: "published" },
      { relations: ["participant_types"], order: { created_at: "DESC" }, take: limit, skip: offset }
    )
  res.json({ experiences: await experienceSummaries(req.scope, rows as unknown as ExperienceRow[]), count })
}
