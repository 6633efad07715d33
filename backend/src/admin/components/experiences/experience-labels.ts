import type { BookingStatus, ExperienceKind, ExperienceStatus } from "@ocop/shared"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const EXPERIENCE_STATUS_LABELS: Record<ExperienceStatus, { vi: string; en: string; color: BadgeColor }> = {
  pending: { vi: "Chờ duyệt", en: "Pending", color: "orange" },
  published: { vi: "Đang nhận khách", en: "Published", color: "green" },
  rejected: { vi: "Không duyệt", en: "Rejected", color: "grey" },
  archived: { vi: "Đã ngừng", en: "Archived", color: "grey" },
}

export const EXPERIENCE_KIND_LABELS: Record<ExperienceKind, { vi: string; en: string }> = {
  village_visit: { vi: "Thăm bản", en: "Village visit" },
  homestay: { vi: "Homestay", en: "Homestay" },
  farm_tour: { vi: "Tham quan vườn, trại", en: "Farm tour" },
  craft_workshop: { vi: "Làm nghề thủ công", en: "Craft workshop" },
  cooking_class: { vi: "Lớp nấu ăn", en: "Cooking class" },
}

export const BOOKING_STATUS_LABELS: Record<BookingStatus, { vi: string; en: string; color: BadgeColor }> = {
  held: { vi: "Đang giữ chỗ", en: "Held", color: "blue" },
  released: { vi: "Hết giữ chỗ", en: "Released", color: "grey" },
  requested: { vi: "Chờ chủ nhà", en: "Requested", color: "orange" },
  confirmed: { vi: "Đã xác nhận", en: "Confirmed", color: "green" },
  checked_in: { vi: "Đã đến", en: "Checked in", color: "purple" },
  cancelled: { vi: "Đã huỷ", en: "Cancelled", color: "red" },
}
