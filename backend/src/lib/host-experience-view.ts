import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sessionBookable, type CancellationTier, type ExperienceSessionView, type ExperienceView } from "@ocop/shared"
import type { SessionVacancy } from "../modules/experience/service"
import { notOwn } from "./not-own"

export const EXPERIENCE_FIELDS = [
  "*",
  "participant_types.*",
  "product.id",
  "product.status",
  "product.images.url",
  "product.images.rank",
  "product.variants.id",
  "product.variants.prices.amount",
  "product.variants.prices.currency_code",
]

type Lists = { vi?: string[]; en?: string[] } | null
type ExperienceRow = Omit<
  ExperienceView,
  "included_vi" | "included_en" | "excluded_vi" | "excluded_en" | "images" | "participant_types"
> & {
  included: Lists
  excluded: Lists
  reject_reason: string | null
  participant_types: (Omit<ExperienceView["participant_types"][number], "price"> & { created_at: Date | string })[]
  product?: {
    images?: { url: string; rank: number }[] | null
    variants?: { id: string; prices?: { amount: number; currency_code: string }[] | null }[] | null
  } | null
}

/** An experience as the portal and the office see it (ExperienceView), with the office's reason when rejected. */
export function toExperienceView(row: ExperienceRow): ExperienceView & { reject_reason: string | null } {
  const { included, excluded, product, participant_types, ...columns } = row
  const priceOf = (variantId: string) => {
    const variant = (product?.variants ?? []).find((candidate) => candidate.id === variantId)
    const price = (variant?.prices ?? []).find((candidate) => candidate.currency_code === "vnd")
    return price ? Number(price.amount) : null
  }
  return {
    id: columns.id,
    handle: columns.handle,
    kind: columns.kind,
    status: columns.status,
    reject_reason: columns.reject_reason,
    title_vi: columns.title_vi,
    title_en: columns.title_en,
    description_vi: columns.description_vi,
    description_en: columns.description_en,
    included_vi: included?.vi ?? [],
    included_en: included?.en ?? [],
    excluded_vi: excluded?.vi ?? [],
    excluded_en: excluded?.en ?? [],
    meeting_address: columns.meeting_address,
    meeting_lat: columns.meeting_lat,
    meeting_lng: columns.meeting_lng,
    province_code: columns.province_code,
    commune_code: columns.commune_code,
    duration_minutes: columns.duration_minutes,
    languages: columns.languages ?? [],
    min_age: columns.min_age,
    cancellation_policy: columns.cancellation_policy as CancellationTier[],
    cutoff_hours: columns.cutoff_hours,
    min_participants: columns.min_participants,
    confirmation: columns.confirmation,
    pay_on_arrival: columns.pay_on_arrival,
    deposit_percent: columns.deposit_percent ?? null,
    images: [...(product?.images ?? [])].sort((a, b) => a.rank - b.rank).map((image) => image.url),
    product_id: columns.product_id,
    producer_id: columns.producer_id,
    participant_types: [...participant_types]
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((type) => ({
        id: type.id,
        kind: type.kind,
        name_vi: type.name_vi,
        name_en: type.name_en,
        min_age: type.min_age,
        max_age: type.max_age,
        needs_adult: type.needs_adult,
        seats: type.seats,
        variant_id: type.variant_id,
        price: priceOf(type.variant_id),
      })),
  }
}

/** The producer's own experience; another producer's (or none) is the same 404. */
export async function retrieveProducerExperience(scope: MedusaContainer, producerId: string, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "experience",
    fields: EXPERIENCE_FIELDS,
    filters: { id, producer_id: producerId },
  })
  if (!data.length) throw notOwn("experience", id)
  return toExperienceView(data[0] as unknown as ExperienceRow)
}

/** Any experience, for the office; 404 when there is none. */
export async function retrieveExperience(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "experience", fields: EXPERIENCE_FIELDS, filters: { id } })
  if (!data.length) throw notOwn("experience", id)
  return toExperienceView(data[0] as unknown as ExperienceRow)
}

/** Experiences matching `filters`, oldest first (the office's queue) or newest first (a host's list). */
export async function listExperiences(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  page: { limit: number; offset: number; order: "ASC" | "DESC" }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "experience",
    fields: EXPERIENCE_FIELDS,
    filters,
    pagination: { skip: page.offset, take: page.limit, order: { created_at: page.order } },
  })
  return {
    experiences: data.map((row) => toExperienceView(row as unknown as ExperienceRow)),
    count: metadata?.count ?? 0,
    limit: page.limit,
    offset: page.offset,
  }
}

/** A session as its host sees it: the calendar's view plus the places taken. */
export const toSessionView = (
  session: SessionVacancy,
  cutoffHours: number,
  now: Date
): ExperienceSessionView & { taken: number } => ({
  id: session.id,
  starts_at: session.starts_at.toISOString(),
  ends_at: session.ends_at.toISOString(),
  capacity: session.capacity,
  vacancies: session.vacancies,
  taken: session.taken,
  status: session.status,
  bookable: sessionBookable(session, cutoffHours, now),
})
