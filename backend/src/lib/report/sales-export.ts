import type { MedusaContainer } from "@medusajs/framework/types"
import type { Writable } from "node:stream"
import { SALES_CHANNEL_LABELS, type SalesChannel, type SalesRow } from "@ocop/shared"
import {
  type ReportColumn,
  type ReportCover,
  type ReportSheet,
  writeReportCsv,
  writeReportWorkbook,
} from "./report-workbook"
import { salesBy, salesFactLines, salesLabel, type SalesFactLine, type SalesFilters, type SalesGrouping } from "./sales"

/** Each grouping's sheet name and the header of its first column. */
export const SALES_SHEETS: Record<SalesGrouping, { sheet: string; header: string }> = {
  group: { sheet: "Theo nhóm", header: "Nhóm sản phẩm" },
  product_set: { sheet: "Theo bộ sản phẩm", header: "Bộ sản phẩm" },
  stars: { sheet: "Theo hạng sao", header: "Hạng sao" },
  district: { sheet: "Theo huyện cũ", header: "Huyện (cũ)" },
  producer: { sheet: "Theo chủ thể", header: "Chủ thể OCOP" },
  channel: { sheet: "Theo kênh", header: "Kênh bán" },
  month: { sheet: "Theo tháng", header: "Tháng" },
  product: { sheet: "Theo sản phẩm", header: "Sản phẩm" },
}
export const DETAIL_SHEET = "Chi tiết"

const FILTER_LABELS: [keyof SalesFilters, string][] = [
  ["province_code", "Mã tỉnh"],
  ["district", "Huyện (cũ)"],
  ["commune_code", "Mã xã"],
  ["producer_id", "Chủ thể (mã)"],
  ["group", "Nhóm sản phẩm"],
  ["product_set", "Bộ sản phẩm"],
  ["stars", "Hạng sao"],
  ["channel", "Kênh bán"],
]

const vietnameseDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`

/** The cover of a sales export: the period, each filter given, and when it was made. */
export function salesCover(title: string, filters: SalesFilters, extra: [string, string][] = []): ReportCover {
  const given = FILTER_LABELS.flatMap(([field, label]): [string, string][] => {
    const value = filters[field]
    if (value === undefined || value === null || value === "") return []
    const shown =
      field === "channel"
        ? SALES_CHANNEL_LABELS[value as SalesChannel].vi
        : field === "group"
          ? salesLabel("group", String(value), null)
          : field === "product_set"
            ? salesLabel("product_set", String(value), null)
            : String(value)
    return [[label, shown]]
  })
  return {
    title,
    period: `${vietnameseDay(filters.from)} – ${vietnameseDay(filters.to)}`,
    filters: [...extra, ...given],
    madeAt: new Date(),
  }
}

const summedColumns: ReportColumn<SalesRow>[] = [
  { header: "Số lượng", width: 14, kind: "count", value: (row) => row.quantity },
  { header: "Doanh số (₫)", width: 20, kind: "vnd", value: (row) => row.amount },
]

/** A grouping's sheet; its rows are read from the facts when the workbook reaches it. */
export function salesSheet(
  container: MedusaContainer,
  by: SalesGrouping,
  filters: SalesFilters
): ReportSheet<SalesRow> {
  const { sheet, header } = SALES_SHEETS[by]
  return {
    name: sheet,
    columns: [
      { header, width: by === "producer" || by === "product" ? 48 : 36, kind: "text", value: (row) => row.label },
      ...summedColumns,
    ],
    rows: {
      async *[Symbol.asyncIterator]() {
        yield* await salesBy(container, by, filters)
      },
    },
    totals: true,
  }
}

const KIND_LABELS: Record<string, string> = { placed: "Bán", cancelled: "Hủy đơn", refunded: "Hoàn tiền" }

/** Every fact of the period, one row each, streamed page by page. */
export function salesDetailSheet(container: MedusaContainer, filters: SalesFilters): ReportSheet<SalesFactLine> {
  return {
    name: DETAIL_SHEET,
    columns: [
      { header: "Ngày", width: 12, kind: "day", value: (row) => row.day },
      { header: "Loại", width: 12, kind: "text", value: (row) => KIND_LABELS[row.kind] ?? row.kind },
      { header: "Đơn hàng", width: 30, kind: "text", value: (row) => row.order_id },
      { header: "Chủ thể OCOP", width: 36, kind: "text", value: (row) => row.producer_name },
      { header: "Sản phẩm", width: 40, kind: "text", value: (row) => row.product_title },
      { header: "Kênh bán", width: 20, kind: "text", value: (row) => salesLabel("channel", row.channel, null) },
      { header: "Nhóm", width: 8, kind: "text", value: (row) => row.product_group },
      { header: "Bộ sản phẩm", width: 12, kind: "count", value: (row) => row.product_set },
      { header: "Hạng sao", width: 10, kind: "count", value: (row) => row.stars },
      { header: "Huyện (cũ)", width: 20, kind: "text", value: (row) => row.former_district },
      { header: "Mã xã", width: 10, kind: "text", value: (row) => row.commune_code },
      { header: "Số lượng", width: 12, kind: "count", value: (row) => row.quantity },
      { header: "Doanh số (₫)", width: 18, kind: "vnd", value: (row) => row.amount },
    ],
    rows: salesFactLines(container, filters),
  }
}

/** Streams the sales workbook: the cover, a sheet per grouping, and the detail sheet when asked. */
export async function writeSalesWorkbook(
  output: Writable,
  container: MedusaContainer,
  cover: ReportCover,
  groupings: SalesGrouping[],
  filters: SalesFilters,
  detail = false
) {
  const sheets: Parameters<typeof writeReportWorkbook>[2] = groupings.map((by) => salesSheet(container, by, filters))
  if (detail) sheets.push(salesDetailSheet(container, filters))
  await writeReportWorkbook(output, cover, sheets)
}

/** Streams one grouping as CSV (header and rows; no cover, no totals). */
export async function writeSalesCsv(
  output: Writable,
  container: MedusaContainer,
  by: SalesGrouping,
  filters: SalesFilters
) {
  await writeReportCsv(output, salesSheet(container, by, filters))
}

/** The file name of a sales export: `doanh-so_2026-01-01_2026-03-31.xlsx`. */
export const salesFileName = (filters: SalesFilters, extension: "xlsx" | "csv", prefix = "doanh-so") =>
  `${prefix}_${filters.from}_${filters.to}.${extension}`
