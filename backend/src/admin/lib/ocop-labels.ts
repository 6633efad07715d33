import {
  BANK_TRANSFER_PROVIDER_ID,
  CARD_PROVIDER_ID,
  CASH_ON_DELIVERY_PROVIDER_ID,
  TERMS_PROVIDER_ID,
} from "@ocop/shared"
import type {
  Certificate,
  CertificateRequestStatus,
  CertificateStatus,
  CheckoutPaymentStatus,
  FulfilmentStatus,
  LegalForm,
  ListingReviewStatus,
  MismatchReason,
  ProducerStatus,
} from "./ocop-types"

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

export const LISTING_STATUS_LABELS: Record<ListingReviewStatus, { vi: string; en: string; color: BadgeColor }> = {
  proposed: { vi: "Chờ duyệt", en: "Proposed", color: "orange" },
  published: { vi: "Đang bán", en: "Published", color: "green" },
  rejected: { vi: "Không duyệt", en: "Rejected", color: "grey" },
}

export const CERTIFICATE_REQUEST_STATUS_LABELS: Record<
  CertificateRequestStatus,
  { vi: string; en: string; color: BadgeColor }
> = {
  pending: { vi: "Chờ ghi nhận", en: "Pending", color: "orange" },
  approved: { vi: "Đã ghi nhận", en: "Recorded", color: "green" },
  rejected: { vi: "Không ghi nhận", en: "Rejected", color: "grey" },
}

const vietnamDateFormat = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
})

/** Dates as the programme's decisions print them: dd/mm/yyyy, Vietnam time. */
export function formatDate(value: string | null | undefined) {
  return value ? vietnamDateFormat.format(new Date(value)) : "–"
}

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

/** Whole đồng as the storefront shows them: "1.250.000 ₫". */
export const formatVnd = (amount: number) => vnd.format(amount)

export const CHECKOUT_PAYMENT_STATUS_LABELS: Record<
  CheckoutPaymentStatus,
  { vi: string; en: string; color: BadgeColor }
> = {
  not_paid: { vi: "Chưa thanh toán", en: "Not paid", color: "grey" },
  authorized: { vi: "Chờ thanh toán", en: "Awaiting payment", color: "orange" },
  partially_captured: { vi: "Đã thanh toán một phần", en: "Partly paid", color: "blue" },
  captured: { vi: "Đã thanh toán", en: "Paid", color: "green" },
  canceled: { vi: "Đã huỷ", en: "Cancelled", color: "grey" },
}

export const PAYMENT_METHOD_LABELS: Record<string, { vi: string; en: string }> = {
  [CASH_ON_DELIVERY_PROVIDER_ID]: { vi: "Thanh toán khi nhận hàng", en: "Cash on delivery" },
  [BANK_TRANSFER_PROVIDER_ID]: { vi: "Chuyển khoản VietQR", en: "Bank transfer" },
  [CARD_PROVIDER_ID]: { vi: "Thẻ", en: "Card" },
  [TERMS_PROVIDER_ID]: { vi: "Thanh toán công nợ", en: "On terms" },
}

export const FULFILMENT_STATUS_LABELS: Record<FulfilmentStatus, { vi: string; en: string; color: BadgeColor }> = {
  placed: { vi: "Mới đặt", en: "Placed", color: "orange" },
  accepted: { vi: "Đã nhận đơn", en: "Accepted", color: "blue" },
  packed: { vi: "Đã đóng gói", en: "Packed", color: "blue" },
  shipped: { vi: "Đang giao", en: "Shipped", color: "purple" },
  delivered: { vi: "Đã giao", en: "Delivered", color: "green" },
  canceled: { vi: "Đã huỷ", en: "Cancelled", color: "grey" },
}

/**
 * Why a statement line was not applied, and which list it belongs to: "unknown" lines name no
 * order of ours; "mismatched" ones name an order but something else is wrong.
 */
export const MISMATCH_REASON_LABELS: Record<
  MismatchReason,
  { vi: string; en: string; list: "mismatched" | "unknown" }
> = {
  amount_differs: { vi: "Số tiền khác số tiền của đơn", en: "Amount differs", list: "mismatched" },
  already_paid: { vi: "Đơn đã thanh toán trước đó", en: "Already paid", list: "mismatched" },
  duplicate: { vi: "Trùng với một dòng trước trong tệp", en: "Duplicate line", list: "mismatched" },
  several_references: { vi: "Ghi nhiều mã chuyển khoản", en: "Several references", list: "mismatched" },
  unknown_reference: { vi: "Mã không thuộc đơn nào", en: "Unknown reference", list: "unknown" },
  no_reference: { vi: "Không ghi mã chuyển khoản", en: "No reference", list: "unknown" },
}
