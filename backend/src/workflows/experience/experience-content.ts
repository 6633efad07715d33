import type { CancellationTier, ConfirmationMode, ExperienceKind, ParticipantKind } from "@ocop/shared"

/** The product option whose values name an experience's participant types ("Người lớn", "Trẻ em 6–11 tuổi"). */
export const PARTICIPANT_OPTION = "Loại khách"

/** The OCOP product set and group of every experience's product: community tourism (set 26, group VI). */
export const EXPERIENCE_PRODUCT_SET = 26
export const EXPERIENCE_PRODUCT_GROUP = "VI"

export type ParticipantTypeInput = {
  kind: ParticipantKind
  name_vi: string
  name_en?: string | null
  min_age?: number | null
  max_age?: number | null
  needs_adult?: boolean
  /** Places one participant of this type takes; a private group's size. */
  seats?: number
  /** VND per participant (per room and night for a homestay, per group for a private group). */
  price: number
}

/** What a host writes about an experience and the rules it sets; every field may be edited later. */
export type ExperienceContent = {
  title_vi?: string
  title_en?: string | null
  description_vi?: string
  description_en?: string | null
  included_vi?: string[]
  included_en?: string[]
  excluded_vi?: string[]
  excluded_en?: string[]
  meeting_address?: string
  meeting_lat?: number | null
  meeting_lng?: number | null
  duration_minutes?: number
  languages?: string[]
  min_age?: number | null
  cancellation_policy?: CancellationTier[]
  cutoff_hours?: number
  min_participants?: number
  confirmation?: ConfirmationMode
  pay_on_arrival?: boolean
  /** 1–99 % of each price paid online as a deposit; null: the whole price online. */
  deposit_percent?: number | null
}

export type CreateExperienceInput = ExperienceContent & {
  producer_id: string
  kind: ExperienceKind
  title_vi: string
  description_vi: string
  meeting_address: string
  duration_minutes: number
  province_code: string
  commune_code: string
  participant_types: ParticipantTypeInput[]
}

/** The experience row's columns from a host's content: the vi/en lists are kept as `{ vi, en }`. */
export function experienceColumns(content: ExperienceContent, before?: { included?: unknown; excluded?: unknown }) {
  const { included_vi, included_en, excluded_vi, excluded_en, ...columns } = content
  const lists = (previous: unknown, vi?: string[], en?: string[]) => {
    const kept = (previous ?? { vi: [], en: [] }) as { vi: string[]; en: string[] }
    return { vi: vi ?? kept.vi, en: en ?? kept.en }
  }
  const touches = (vi?: string[], en?: string[]) => vi !== undefined || en !== undefined
  return {
    ...Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)),
    ...(touches(included_vi, included_en) || !before
      ? { included: lists(before?.included, included_vi, included_en) }
      : {}),
    ...(touches(excluded_vi, excluded_en) || !before
      ? { excluded: lists(before?.excluded, excluded_vi, excluded_en) }
      : {}),
  }
}

/** The seats a participant type takes: a private group its size, anyone else one place. */
export const seatsOfType = (type: Pick<ParticipantTypeInput, "kind" | "seats">) =>
  type.kind === "group" ? (type.seats ?? 1) : 1
