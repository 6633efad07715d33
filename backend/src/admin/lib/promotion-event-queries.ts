import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { PromotionEventDetailView, PromotionEventImportView, PromotionEventKind } from "@ocop/shared"
import { OCOP_QUERY_KEY } from "./ocop-queries"
import { sdk } from "./sdk"

const backendUrl = (import.meta.env.VITE_BACKEND_URL || "/").replace(/\/+$/, "")

export type PromotionEventFilters = { from?: string; to?: string; q?: string; limit: number; offset: number }

/** What the event form sends; the province is left out (null) for an event outside any one province. */
export type PromotionEventBody = {
  name: string
  kind: PromotionEventKind
  starts_on: string
  ends_on: string
  province_code: string | null
  place: string
  organiser: string
}

export type ProductChoice = { id: string; title: string; handle: string; status: string; thumbnail: string | null }

const definedOnly = (filters: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""))

export function usePromotionEvents(filters: PromotionEventFilters) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "promotion-events", filters],
    queryFn: () =>
      sdk.client.fetch<{ events: PromotionEventDetailView[]; count: number }>("/admin/ocop/promotion-events", {
        query: definedOnly(filters),
      }),
    placeholderData: keepPreviousData,
  })
}

export function usePromotionEvent(id: string) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "promotion-event", id],
    queryFn: () => sdk.client.fetch<{ event: PromotionEventDetailView }>(`/admin/ocop/promotion-events/${id}`),
    select: ({ event }) => event,
  })
}

/** Products whose title matches `q` (Medusa's own admin product search), for the picker. */
export function useProductSearch(q: string) {
  return useQuery({
    queryKey: ["promotion-event-products", q],
    queryFn: () =>
      sdk.client.fetch<{ products: ProductChoice[] }>("/admin/products", {
        query: { q, limit: 20, fields: "id,title,handle,status,thumbnail" },
      }),
    enabled: q.trim().length >= 2,
    select: ({ products }) => products,
    placeholderData: keepPreviousData,
  })
}

export const savePromotionEvent = (id: string | undefined, body: PromotionEventBody) =>
  sdk.client.fetch<{ event: PromotionEventDetailView }>(`/admin/ocop/promotion-events${id ? `/${id}` : ""}`, {
    method: "POST",
    body,
  })

export const importParticipants = (id: string, file: string) =>
  sdk.client.fetch<PromotionEventImportView>(`/admin/ocop/promotion-events/${id}/products/import`, {
    method: "POST",
    body: { file },
  })

/** The XLSX of the events and participants of a period; a plain link carries the admin's session cookie. */
export const promotionEventsExportUrl = (from: string, to: string) =>
  `${backendUrl}/admin/ocop/promotion-events/export.xlsx?${new URLSearchParams({ from, to })}`
