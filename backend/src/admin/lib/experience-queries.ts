import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { BookingStatus, BookingView, ExperienceKind, ExperienceStatus, ExperienceView } from "@ocop/shared"
import { OCOP_QUERY_KEY } from "./ocop-queries"
import { sdk } from "./sdk"

export type ExperienceEntry = ExperienceView & {
  created_at?: string
  reject_reason: string | null
  producer: { id: string; name: string } | null
}

export type OfficeBooking = BookingView & {
  experience: {
    id: string
    handle: string
    title_vi: string
    kind: ExperienceKind
    producer_id: string
    province_code: string | null
  }
}

export type ExperienceFilters = { status: ExperienceStatus; limit: number; offset: number }
export type BookingFilters = {
  from: string
  to: string
  province_code?: string
  status?: BookingStatus
  limit: number
  offset: number
}

const definedOnly = (filters: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""))

export function useExperiences(filters: ExperienceFilters) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "experiences", filters],
    queryFn: () =>
      sdk.client.fetch<{ experiences: ExperienceEntry[]; count: number }>("/admin/ocop/experiences", {
        query: definedOnly(filters),
      }),
    placeholderData: keepPreviousData,
  })
}

export function useOfficeBookings(filters: BookingFilters) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "experience-bookings", filters],
    queryFn: () =>
      sdk.client.fetch<{ bookings: OfficeBooking[]; count: number }>("/admin/ocop/experiences/bookings", {
        query: definedOnly(filters),
      }),
    placeholderData: keepPreviousData,
  })
}
