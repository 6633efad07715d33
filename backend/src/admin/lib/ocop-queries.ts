import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  CertificateFilters,
  CertificateListEntry,
  CertificateRequestEntry,
  CertificateRequestFilters,
  Commune,
  ListingEntry,
  ListingFilters,
  OrderGroupEntry,
  OrderGroupFilters,
  ProducerDetail,
  ProducerFilters,
  ProducerListEntry,
  ProductOcop,
  Province,
} from "./ocop-types"

/** Every OCOP read sits under this key, so one invalidation after a mutation refreshes them all. */
export const OCOP_QUERY_KEY = "ocop"

/** Drops empty filters: the API treats a present-but-empty value as a filter. */
function definedOnly(filters: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""))
}

export function useProductOcop(productId: string) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "product", productId],
    queryFn: () => sdk.client.fetch<{ product: ProductOcop }>(`/admin/ocop/products/${productId}`),
    select: ({ product }) => product,
  })
}

export function useCertificates(filters: CertificateFilters) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "certificates", filters],
    queryFn: () =>
      sdk.client.fetch<{ certificates: CertificateListEntry[]; count: number }>("/admin/ocop/certificates", {
        query: definedOnly(filters),
      }),
    placeholderData: keepPreviousData,
  })
}

export function useProducers(filters: ProducerFilters) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "producers", filters],
    queryFn: () =>
      sdk.client.fetch<{ producers: ProducerListEntry[]; count: number }>("/admin/ocop/producers", {
        query: definedOnly(filters),
      }),
    placeholderData: keepPreviousData,
  })
}

export function useProducer(producerId: string) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "producer", producerId],
    queryFn: () => sdk.client.fetch<{ producer: ProducerDetail }>(`/admin/ocop/producers/${producerId}`),
    select: ({ producer }) => producer,
  })
}

export function useListings(filters: ListingFilters) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "listings", filters],
    queryFn: () =>
      sdk.client.fetch<{ products: ListingEntry[]; count: number }>("/admin/ocop/listings", {
        query: definedOnly(filters),
      }),
    placeholderData: keepPreviousData,
  })
}

export function useCertificateRequests(filters: CertificateRequestFilters) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "certificate-requests", filters],
    queryFn: () =>
      sdk.client.fetch<{ certificate_requests: CertificateRequestEntry[]; count: number }>(
        "/admin/ocop/certificate-requests",
        {
          query: definedOnly(filters),
        }
      ),
    placeholderData: keepPreviousData,
  })
}

/** Checkouts with their producer orders; a search that finds nothing is an empty list, not an error. */
export function useOrderGroups(filters: OrderGroupFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "order-groups", filters],
    queryFn: () =>
      sdk.client.fetch<{ order_groups: OrderGroupEntry[]; count: number }>("/admin/ocop/order-groups", {
        query: definedOnly(filters),
      }),
    placeholderData: keepPreviousData,
    ...options,
  })
}

// Places change only with a reform: cached for the session, outside the OCOP key.
export function useProvinces() {
  return useQuery({
    queryKey: ["places", "provinces"],
    queryFn: () => sdk.client.fetch<{ provinces: Province[] }>("/admin/places/provinces"),
    select: ({ provinces }) => provinces,
    staleTime: Infinity,
  })
}

export function useCommunes(provinceCode: string | undefined) {
  return useQuery({
    queryKey: ["places", "communes", provinceCode],
    queryFn: () =>
      sdk.client.fetch<{ communes: Commune[] }>(`/admin/places/provinces/${provinceCode}/communes`, {
        query: { limit: 200 },
      }),
    select: ({ communes }) => communes,
    enabled: Boolean(provinceCode),
    staleTime: Infinity,
  })
}
