import type { StatusBadge } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { BuyerType, CompanyRole, CompanyStatus } from "@ocop/shared"
import { OCOP_QUERY_KEY } from "./ocop-queries"
import { sdk } from "./sdk"

/** A buyer company as GET /admin/companies lists it. */
export type CompanyEntry = {
  id: string
  legal_name: string
  tax_code: string
  household_business: boolean
  buyer_type: BuyerType
  phone: string
  invoice_email: string
  invoice_street: string
  invoice_province_code: string
  invoice_commune_code: string
  status: CompanyStatus
  status_reason: string | null
  approval_threshold: number | null
  net_terms_days: number
  credit_limit: number
  created_at: string
}

export type CompanyDetail = CompanyEntry & {
  staff: { id: string; customer_id: string; email: string; name: string | null; role: CompanyRole }[]
  addresses: { id: string; label: string; recipient: string; phone: string; street: string }[]
}

type BadgeColor = Parameters<typeof StatusBadge>[0]["color"]

export type CompanyFilters = { q?: string; status?: CompanyStatus; limit: number; offset: number }

export const COMPANY_STATUS_LABELS: Record<CompanyStatus, { vi: string; en: string; color: BadgeColor }> = {
  pending: { vi: "Chờ xác minh", en: "Pending", color: "orange" },
  verified: { vi: "Đã xác minh", en: "Verified", color: "green" },
  rejected: { vi: "Không xác minh", en: "Rejected", color: "grey" },
  suspended: { vi: "Tạm ngưng", en: "Suspended", color: "red" },
}

export const BUYER_TYPE_LABELS: Record<BuyerType, { vi: string; en: string }> = {
  supermarket: { vi: "Siêu thị", en: "Supermarket" },
  shop: { vi: "Cửa hàng", en: "Shop" },
  restaurant_hotel: { vi: "Nhà hàng, khách sạn", en: "Restaurant or hotel" },
  distributor: { vi: "Nhà phân phối", en: "Distributor" },
  agency_school: { vi: "Cơ quan, trường học", en: "Agency or school" },
}

export function useCompanies(filters: CompanyFilters) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""))
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "companies", filters],
    queryFn: () => sdk.client.fetch<{ companies: CompanyEntry[]; count: number }>("/admin/companies", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useCompany(companyId: string) {
  return useQuery({
    queryKey: [OCOP_QUERY_KEY, "company", companyId],
    queryFn: () => sdk.client.fetch<{ company: CompanyDetail }>(`/admin/companies/${companyId}`),
    select: ({ company }) => company,
  })
}
