import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import type { CancellationTier, ExperienceKind, ExperienceSummary, ExperienceView, ParticipantKind } from "@ocop/shared"
import { PLACE_MODULE } from "../modules/place"
import type PlaceModuleService from "../modules/place/service"

type ProducerCard = { id: string; handle: string; name: string }

export type ExperienceRow = Omit<
  ExperienceView,
  "included_vi" | "included_en" | "excluded_vi" | "excluded_en" | "languages" | "images" | "participant_types"
> & {
  included: { vi?: string[]; en?: string[] } | null
  excluded: { vi?: string[]; en?: string[] } | null
  languages: string[] | null
  images: string[] | null
  participant_types: {
    id: string
    kind: ParticipantKind
    name_vi: string
    name_en: string | null
    min_age: number | null
    max_age: number | null
    needs_adult: boolean
    seats: number
    variant_id: string
  }[]
}

export type PublicExperience = ExperienceView & { producer: ProducerCard; thumbnail: string | null }

/** Each variant's price in VND as the store sells it (Medusa's calculated price), by variant id. */
export async function variantPrices(container: MedusaContainer, variantIds: string[]) {
  if (!variantIds.length) return new Map<string, number | null>()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "calculated_price.calculated_amount"],
    filters: { id: variantIds },
    context: { calculated_price: QueryContext({ currency_code: "vnd" }) },
  })
  return new Map(
    (data as { id: string; calculated_price?: { calculated_amount?: unknown } | null }[]).map((variant) => {
      const amount = variant.calculated_price?.calculated_amount
      return [variant.id, amount === null || amount === undefined ? null : Number(amount)] as const
    })
  )
}

/** The public card of each producer named, by id. */
async function producerCards(container: MedusaContainer, producerIds: string[]) {
  if (!producerIds.length) return new Map<string, ProducerCard>()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["id", "handle", "name"],
    filters: { id: [...new Set(producerIds)] },
  })
  return new Map((data as ProducerCard[]).map((producer) => [producer.id, producer]))
}

const thumbnailOf = (row: ExperienceRow) => row.images?.[0] ?? null

export async function publicExperience(container: MedusaContainer, row: ExperienceRow): Promise<PublicExperience> {
  const [prices, producers] = await Promise.all([
    variantPrices(
      container,
      row.participant_types.map((type) => type.variant_id)
    ),
    producerCards(container, [row.producer_id]),
  ])
  const { included, excluded, participant_types, ...rest } = row
  return {
    ...rest,
    cancellation_policy: row.cancellation_policy as CancellationTier[],
    included_vi: included?.vi ?? [],
    included_en: included?.en ?? [],
    excluded_vi: excluded?.vi ?? [],
    excluded_en: excluded?.en ?? [],
    languages: row.languages ?? [],
    images: row.images ?? [],
    participant_types: participant_types.map((type) => ({ ...type, price: prices.get(type.variant_id) ?? null })),
    producer: producers.get(row.producer_id)!,
    thumbnail: thumbnailOf(row),
  }
}

/** The list cards of these experiences, each with its lowest price and its commune's former district. */
export async function experienceSummaries(
  container: MedusaContainer,
  rows: ExperienceRow[]
): Promise<ExperienceSummary[]> {
  const communeCodes = [...new Set(rows.flatMap((row) => (row.commune_code ? [row.commune_code] : [])))]
  const [prices, producers, communes] = await Promise.all([
    variantPrices(
      container,
      rows.flatMap((row) => row.participant_types.map((type) => type.variant_id))
    ),
    producerCards(
      container,
      rows.map((row) => row.producer_id)
    ),
    communeCodes.length
      ? container
          .resolve<PlaceModuleService>(PLACE_MODULE)
          .listCommunes({ code: communeCodes }, { select: ["code", "default_former_district"], take: null })
      : Promise.resolve([]),
  ])
  const districtOf = new Map(
    (communes as { code: string; default_former_district: string | null }[]).map((c) => [
      c.code,
      c.default_former_district,
    ])
  )
  return rows.map((row) => {
    const rowPrices = row.participant_types.flatMap((type) => {
      const price = prices.get(type.variant_id)
      return price === null || price === undefined ? [] : [price]
    })
    return {
      id: row.id,
      handle: row.handle,
      kind: row.kind as ExperienceKind,
      title_vi: row.title_vi,
      title_en: row.title_en,
      thumbnail: thumbnailOf(row),
      price_from: rowPrices.length ? Math.min(...rowPrices) : null,
      duration_minutes: row.duration_minutes,
      province_code: row.province_code,
      commune_code: row.commune_code,
      former_district: row.commune_code ? (districtOf.get(row.commune_code) ?? null) : null,
      producer: producers.get(row.producer_id)!,
    }
  })
}
