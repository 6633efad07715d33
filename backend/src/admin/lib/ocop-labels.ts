import type { Certificate, CertificateRequestStatus, CertificateStatus, LegalForm, ListingStatus, ProducerStatus } from "./ocop-types"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, { vi: string; en: string; color: BadgeColor }> = {
  active: { vi: "Đang hiệu lực", en: "Active", color: "green" },
  expiring: { vi: "Sắp hết hạn", en: "Expiring", color: "orange" },
  expired: { vi: "Đã hết hạn", en: "Expired", color: "grey" },
  revoked: { vi: "Đã thu hồi", en: "Revoked", color: "red" },
}

export const LEVEL_LABELS: Record<Certificate["level"], { vi: string; en: string }> = {
  district: { vi: "Cấp huyện", en: "District" },
  province: { vi: "Cấp tỉnh", en: "Province" },
  central: { vi: "Cấp trung ương", en: "Central" },
}

/** "Vietnamese (English)", for detail rows and choices where there is room for both. */
export const bilingual = ({ vi, en }: { vi: string; en: string }) => `${vi} (${en})`

export const LEGAL_FORM_LABELS: Record<LegalForm, { vi: string; en: string }> = {
  enterprise: { vi: "Doanh nghiệp", en: "Enterprise" },
  cooperative: { vi: "Hợp tác xã", en: "Cooperative" },
  cooperative_group: { vi: "Tổ hợp tác", en: "Cooperative group" },
  household_business: { vi: "Hộ kinh doanh", en: "Household business" },
}

export const PRODUCER_STATUS_LABELS: Record<ProducerStatus, { vi: string; en: string; color: BadgeColor }> = {
  pending: { vi: "Chờ duyệt", en: "Pending", color: "orange" },
  active: { vi: "Đang hoạt động", en: "Active", color: "green" },
  rejected: { vi: "Không duyệt", en: "Rejected", color: "grey" },
  suspended: { vi: "Tạm ngưng", en: "Suspended", color: "red" },
}

export const LISTING_STATUS_LABELS: Record<ListingStatus, { vi: string; en: string; color: BadgeColor }> = {
  proposed: { vi: "Chờ duyệt", en: "Proposed", color: "orange" },
  published: { vi: "Đang bán", en: "Published", color: "green" },
  rejected: { vi: "Không duyệt", en: "Rejected", color: "grey" },
}

export const CERTIFICATE_REQUEST_STATUS_LABELS: Record<CertificateRequestStatus, { vi: string; en: string; color: BadgeColor }> = {
  pending: { vi: "Chờ ghi nhận", en: "Pending", color: "orange" },
  approved: { vi: "Đã ghi nhận", en: "Recorded", color: "green" },
  rejected: { vi: "Không ghi nhận", en: "Rejected", color: "grey" },
}

const vietnamDate = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
})

/** Dates as the programme's decisions print them: dd/mm/yyyy, Vietnam time. */
export function formatDate(value: string | null | undefined) {
  return value ? vietnamDate.format(new Date(value)) : "–"
}
