/**
 * The programme office's reports: a provincial OCOP plan holds targets, each an indicator compared
 * with a value by a deadline over a scope; actuals are computed from the marketplace's own records
 * (certificates, producers, promotion events, sales facts, experiences). Shares are percentages
 * (40 = 40 %), sales are whole VND, counts are counts.
 */
import type { LegalForm } from "./legal-forms"

export const INDICATOR_UNITS = ["count", "share", "vnd"] as const
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number]

/**
 * What a target may measure. `certified_*` count products by their certificates; `producers_*`
 * shares are over the producers active in the scope; `sales_*` read the sales facts (net of
 * cancellations and refunds, on the day of each change, Vietnam time).
 */
export const INDICATORS = {
  // Products with their first ★3+ certificate decided in the period.
  certified_3_star_new: {
    unit: "count",
    vi: "Sản phẩm đạt 3 sao trở lên mới trong kỳ",
    en: "New ★3+ products in the period",
  },
  // Products holding a current ★3+ certificate at the period's end.
  certified_3_star_total: { unit: "count", vi: "Sản phẩm 3 sao trở lên (lũy kế)", en: "★3+ products (cumulative)" },
  certified_4_star_total: { unit: "count", vi: "Sản phẩm 4 sao trở lên (lũy kế)", en: "★4+ products (cumulative)" },
  certified_5_star: { unit: "count", vi: "Sản phẩm 5 sao (cấp quốc gia)", en: "★5 products (national)" },
  // Of the products whose certificate expired in the period, the share with a later certificate.
  expired_renewed_share: {
    unit: "share",
    vi: "Tỷ lệ sản phẩm hết hạn được công nhận lại",
    en: "Expired certificates renewed",
  },
  producers_total: { unit: "count", vi: "Số chủ thể OCOP", en: "OCOP producers" },
  producers_organised_share: {
    unit: "share",
    vi: "Tỷ lệ chủ thể là hợp tác xã, doanh nghiệp",
    en: "Producers that are cooperatives or enterprises",
  },
  producers_women_led_share: { unit: "share", vi: "Tỷ lệ chủ thể do phụ nữ làm chủ", en: "Women-led producers" },
  producers_ethnic_minority_share: {
    unit: "share",
    vi: "Tỷ lệ chủ thể do người dân tộc thiểu số làm chủ",
    en: "Ethnic-minority-led producers",
  },
  producers_value_chain_share: {
    unit: "share",
    vi: "Tỷ lệ chủ thể tham gia chuỗi giá trị",
    en: "Producers in a value chain",
  },
  // Distinct certified products shown at a promotion event in the period, over the certified products.
  products_at_events_share: {
    unit: "share",
    vi: "Tỷ lệ sản phẩm OCOP được trưng bày, xúc tiến thương mại",
    en: "Products shown at promotion events",
  },
  // Producers with a net sale on the marketplace in the period, over the active producers.
  producers_selling_online_share: {
    unit: "share",
    vi: "Tỷ lệ chủ thể bán hàng trên sàn thương mại điện tử",
    en: "Producers selling online",
  },
  sales_vnd: { unit: "vnd", vi: "Doanh số bán hàng", en: "Sales" },
  // Sales in the period against the same period a year before, in percent (20 = grew 20 %).
  sales_growth_share: { unit: "share", vi: "Tăng trưởng doanh số so với cùng kỳ", en: "Sales growth on a year before" },
  tourism_products: {
    unit: "count",
    vi: "Sản phẩm du lịch cộng đồng (nhóm VI)",
    en: "Community-tourism products (group VI)",
  },
} as const satisfies Record<string, { unit: IndicatorUnit; vi: string; en: string }>

export type IndicatorCode = keyof typeof INDICATORS
export const INDICATOR_CODES = Object.keys(INDICATORS) as IndicatorCode[]
export const isIndicatorCode = (code: string): code is IndicatorCode =>
  Object.prototype.hasOwnProperty.call(INDICATORS, code)

export const COMPARISONS = ["gte", "gt", "lte"] as const
export type Comparison = (typeof COMPARISONS)[number]
export const COMPARISON_SIGNS: Record<Comparison, string> = { gte: "≥", gt: ">", lte: "≤" }

/** Where a target applies: the whole province, one former district (by name) or one commune (by code). */
export const SCOPE_KINDS = ["province", "district", "commune"] as const
export type ScopeKind = (typeof SCOPE_KINDS)[number]

/** How a sale reached the buyer: a consumer's order, a business's wholesale order, a booking. */
export const SALES_CHANNELS = ["retail_online", "wholesale", "tourism"] as const
export type SalesChannel = (typeof SALES_CHANNELS)[number]

/** What a sales fact records: the sale, or a later change that takes from it. */
export const SALES_FACT_KINDS = ["placed", "cancelled", "refunded"] as const
export type SalesFactKind = (typeof SALES_FACT_KINDS)[number]

export const PROMOTION_EVENT_KINDS = ["fair", "exhibition", "trade_connection", "other"] as const
export type PromotionEventKind = (typeof PROMOTION_EVENT_KINDS)[number]

export const TREND_INTERVALS = ["month", "quarter", "year"] as const
export type TrendInterval = (typeof TREND_INTERVALS)[number]

/** The longest period one report or export covers. */
export const REPORT_MAX_YEARS = 10

export type TargetState = "green" | "amber" | "red" | "none"

/** Whether `actual` meets a target of `value` under `comparison`. */
export function targetMet(comparison: Comparison, actual: number, value: number): boolean {
  if (comparison === "gte") return actual >= value
  if (comparison === "gt") return actual > value
  return actual <= value
}

/**
 * A target's light: green when met; once its deadline has passed, red when not; before it, amber
 * when the actual is on course (at least the share of the way from the baseline that the share of
 * the period gone asks for), else red. A target without a number (text only) has none.
 */
export function targetState(
  target: { comparison: Comparison; value: number | null; baseline?: number | null; deadline: Date; starts: Date },
  actual: number | null,
  now: Date
): TargetState {
  if (target.value === null || actual === null) return "none"
  if (targetMet(target.comparison, actual, target.value)) return "green"
  if (now >= target.deadline) return "red"
  const span = target.deadline.getTime() - target.starts.getTime()
  const gone = span > 0 ? Math.min(1, Math.max(0, (now.getTime() - target.starts.getTime()) / span)) : 1
  const baseline = target.baseline ?? 0
  const expected = baseline + (target.value - baseline) * gone
  const onCourse = target.comparison === "lte" ? actual <= Math.max(expected, target.value) : actual >= expected
  return onCourse ? "amber" : "red"
}

/** What is wrong with a target's value for its indicator, naming the field; empty when usable. */
export function targetValueProblems(indicator: IndicatorCode, value: number | null, field = "value"): string[] {
  if (value === null) return []
  if (!Number.isFinite(value)) return [`${field}: a number`]
  // Growth may be negative (a fall the plan allows); nothing else may.
  if (value < 0 && indicator !== "sales_growth_share") return [`${field}: may not be negative`]
  const unit = INDICATORS[indicator].unit
  if (unit === "share" && indicator !== "sales_growth_share" && value > 100)
    return [`${field}: a share from 0 to 100 (%)`]
  if (unit !== "share" && !Number.isInteger(value)) return [`${field}: a whole number`]
  return []
}

/** The period of `interval` (`2026-03`, `2026-Q1`, `2026`) a Vietnam calendar day (`vietnamDate`) falls in. */
export function periodKey(day: string, interval: TrendInterval): string {
  const year = day.slice(0, 4)
  if (interval === "year") return year
  const month = Number(day.slice(5, 7))
  return interval === "month" ? day.slice(0, 7) : `${year}-Q${Math.ceil(month / 3)}`
}

// ---------------------------------------------------------------------------------------------
// HTTP response types (admin /admin/ocop/reports*, producer /producer/sales*, store /store/ocop/statistics)

export type PlanTargetView = {
  id: string
  plan_id: string
  indicator: IndicatorCode | null
  comparison: Comparison | null
  value: number | null
  deadline: string
  scope_kind: ScopeKind
  scope_code: string
  baseline: number | null
  channel: SalesChannel | null
  // The target as the plan words it; a target the marketplace cannot measure keeps only this.
  text_vi: string
  rank: number
}

export type PlanView = {
  id: string
  name: string
  decision_number: string | null
  decision_date: string | null
  province_code: string
  period_start: string
  period_end: string
  demo: boolean
  note: string | null
  targets: PlanTargetView[]
}

/** A target with its actual: what the dashboard's bullet bar draws. */
export type TargetProgressView = PlanTargetView & {
  actual: number | null
  // For shares: what the actual divides (e.g. women-led producers over producers).
  numerator: number | null
  denominator: number | null
  state: TargetState
}

export type IndicatorPoint = { period: string; value: number; numerator: number | null; denominator: number | null }

/** One row of a drill-down: a district of the province, a commune of a district, a producer, a product. */
export type BreakdownRow = {
  level: "district" | "commune" | "producer" | "product"
  code: string
  name: string
  value: number
  numerator: number | null
  denominator: number | null
}

export type PromotionEventView = {
  id: string
  name: string
  kind: PromotionEventKind
  starts_on: string
  ends_on: string
  province_code: string | null
  place: string
  organiser: string
  products: { product_id: string; producer_id: string | null; title: string | null }[]
}

export type SalesRow = { key: string; label: string; quantity: number; amount: number }

// --- dashboard

/** The star levels of certified OCOP products, as the statistics count them. */
export const CERTIFIED_STARS = [3, 4, 5] as const
export type CertifiedStars = (typeof CERTIFIED_STARS)[number]

/**
 * A province's OCOP products and producers today, as the public statistics page publishes them
 * (`GET /store/ocop/statistics`). Products are those whose current certificate (the newest not
 * revoked) is in force, placed by their origin; producers are the active ones, placed by their seat.
 */
export type OcopStatisticsView = {
  // Null only when no province has a certified product or an active producer yet.
  province_code: string | null
  as_of: string
  products: {
    total: number
    by_stars: Record<CertifiedStars, number>
    by_group: { group: string; total: number; by_stars: Record<CertifiedStars, number> }[]
  }
  producers: {
    total: number
    by_legal_form: Record<LegalForm, number>
    women_led: number
    ethnic_minority_led: number
  }
  // Every former district of the province (by name), then, when some records name none, a row with `name: null`.
  districts: { name: string | null; products: number; producers: number }[]
  // The provinces with a certified product or an active producer, most products first: the page's picker.
  provinces: { province_code: string; products: number; producers: number }[]
}

// --- plans

/** How far down a drill-down goes: a province's former districts, a district's communes, producers, products. */
export const BREAKDOWN_LEVELS = ["district", "commune", "producer", "product"] as const
export type BreakdownLevel = (typeof BREAKDOWN_LEVELS)[number]

/** An indicator's value from what it counts: a share in percent (null when nothing to divide), else the count. */
export function indicatorFigure(
  indicator: IndicatorCode,
  numerator: number,
  denominator: number | null
): number | null {
  if (indicator === "sales_growth_share") {
    if (!denominator) return null
    return Math.round(((numerator - denominator) / denominator) * 10_000) / 100
  }
  if (INDICATORS[indicator].unit !== "share") return numerator
  if (!denominator) return null
  return Math.round((numerator / denominator) * 10_000) / 100
}

/** What a register row says of a certificate on a day: in force, expired, or revoked. */
export type RegisterStatus = "active" | "expired" | "revoked"
export const REGISTER_STATUS_VI: Record<RegisterStatus, string> = {
  active: "Còn hiệu lực",
  expired: "Hết hạn",
  revoked: "Thu hồi",
}

export const TARGET_STATE_VI: Record<TargetState, string> = {
  green: "Đạt",
  amber: "Đúng tiến độ",
  red: "Chậm tiến độ",
  none: "Không đo được",
}

export type PlanProgressView = { plan: PlanView; as_of: string; targets: TargetProgressView[] }
export type IndicatorTrendView = { indicator: IndicatorCode; unit: IndicatorUnit; points: IndicatorPoint[] }
export type IndicatorBreakdownView = { indicator: IndicatorCode; unit: IndicatorUnit; rows: BreakdownRow[] }

// --- events (promotion events: their participant import and the product page's "Đã trưng bày tại")

/** The most rows one participant CSV may hold; a longer file is refused whole. */
export const PROMOTION_EVENT_IMPORT_MAX_ROWS = 5000

/**
 * The participant CSV's header: a product code (the product's handle, or the number of one of its
 * OCOP certificates), then optionally the producer's name as the organiser wrote it (shown back, never
 * trusted: the producer recorded is the product's own). Each column also answers to its Vietnamese name.
 */
export const PROMOTION_EVENT_CSV_COLUMNS = {
  product_code: ["product_code", "mã sản phẩm", "ma san pham", "ma_san_pham"],
  producer_name: ["producer_name", "chủ thể", "chu the", "chu_the"],
} as const

/** Why a participant row was not added. */
export const PROMOTION_EVENT_IMPORT_REASONS = ["missing_code", "unknown_code", "duplicate", "already_added"] as const
export type PromotionEventImportReason = (typeof PROMOTION_EVENT_IMPORT_REASONS)[number]

/** One row of a participant CSV as the import judged it; `row` is its line in the file (the header is line 1). */
export type PromotionEventImportRow = {
  row: number
  code: string
  producer_name: string | null
  status: "added" | "refused"
  reason: PromotionEventImportReason | null
  product_id: string | null
  title: string | null
  producer_id: string | null
}

export type PromotionEventImportView = {
  added: number
  refused: number
  rows: PromotionEventImportRow[]
}

/** How many events a product page names under "Đã trưng bày tại". */
export const PRODUCT_SHOWINGS_SHOWN = 3

/** An event a product was shown at, as the product page names it (newest first). */
export type ProductShowingView = {
  id: string
  name: string
  kind: PromotionEventKind
  starts_on: string
  ends_on: string
}

/** One product of an event as the office's screens list it: the product's handle and its producer's name besides. */
export type PromotionEventParticipantView = PromotionEventView["products"][number] & {
  handle: string | null
  producer_name: string | null
}

export type PromotionEventDetailView = Omit<PromotionEventView, "products"> & {
  products: PromotionEventParticipantView[]
}

export const PROMOTION_EVENT_KIND_LABELS: Record<PromotionEventKind, { vi: string; en: string }> = {
  fair: { vi: "Hội chợ", en: "Fair" },
  exhibition: { vi: "Triển lãm", en: "Exhibition" },
  trade_connection: { vi: "Kết nối giao thương", en: "Trade connection" },
  other: { vi: "Khác", en: "Other" },
}

// --- facts

/** What the office's sales export groups by: one sheet each. */
export const SALES_BY = ["group", "product_set", "stars", "district", "producer", "channel", "month"] as const
export type SalesBy = (typeof SALES_BY)[number]

/** What a producer's own sales are grouped by in the portal. */
export const PRODUCER_SALES_BY = ["month", "channel", "product"] as const
export type ProducerSalesBy = (typeof PRODUCER_SALES_BY)[number]

export const SALES_CHANNEL_LABELS: Record<SalesChannel, { vi: string; en: string }> = {
  retail_online: { vi: "Bán lẻ trực tuyến", en: "Online retail" },
  wholesale: { vi: "Bán sỉ", en: "Wholesale" },
  tourism: { vi: "Du lịch cộng đồng", en: "Community tourism" },
}

/** GET /producer/sales: the producer's own net sales in the period, grouped, with their sum. */
export type ProducerSalesView = {
  from: string
  to: string
  by: ProducerSalesBy
  rows: SalesRow[]
  total: { quantity: number; amount: number }
}
