import type { PromotionEventImportReason } from "@ocop/shared"

export const IMPORT_REASON_LABELS: Record<PromotionEventImportReason, { vi: string; en: string }> = {
  missing_code: { vi: "Thiếu mã sản phẩm", en: "No product code" },
  unknown_code: { vi: "Không có sản phẩm mang mã này", en: "No product has this code" },
  duplicate: { vi: "Trùng một dòng trước", en: "Same product as an earlier row" },
  already_added: { vi: "Đã có trong danh sách", en: "Already on the list" },
}

/** `2026-03-05` as `05/03/2026`. */
export const dayLabel = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`

/** An event's days: one day, or from–to. */
export const eventDays = (event: { starts_on: string; ends_on: string }) =>
  event.starts_on === event.ends_on
    ? dayLabel(event.starts_on)
    : `${dayLabel(event.starts_on)} – ${dayLabel(event.ends_on)}`
