import type { Certificate, CertificateStatus, LegalForm, ProducerStatus } from "./ocop-types"

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

export const levelLabel = (level: Certificate["level"]) => `${LEVEL_LABELS[level].vi} (${LEVEL_LABELS[level].en})`

export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  enterprise: "Doanh nghiệp (Enterprise)",
  cooperative: "Hợp tác xã (Cooperative)",
  cooperative_group: "Tổ hợp tác (Cooperative group)",
  household_business: "Hộ kinh doanh (Household business)",
}

export const PRODUCER_STATUS_LABELS: Record<ProducerStatus, { label: string; color: BadgeColor }> = {
  pending: { label: "Chờ duyệt (Pending)", color: "orange" },
  active: { label: "Đang hoạt động (Active)", color: "green" },
  suspended: { label: "Tạm ngưng (Suspended)", color: "red" },
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
