import ExcelJS from "exceljs"
import type { Writable } from "node:stream"
import { spreadsheetText } from "@ocop/shared"

/** How a column's cells are written: text (never a formula), whole VND, a percentage, a count, a day. */
export type ReportColumnKind = "text" | "vnd" | "percent" | "count" | "day"

export type ReportColumn<Row> = {
  header: string
  width: number
  kind: ReportColumnKind
  // A method, so sheets of different rows go in one list (ReportSheet<unknown>[]).
  value(row: Row): string | number | null
}

export type ReportSheet<Row> = {
  name: string
  columns: ReportColumn<Row>[]
  // Rows may come from a cursor: the workbook is written as they arrive, never held whole.
  rows: Iterable<Row> | AsyncIterable<Row>
  // A last row summing the money and count columns.
  totals?: boolean
}

/** The cover sheet: what the file reports, for which period and filters, and when it was made. */
export type ReportCover = { title: string; period: string; filters: [string, string][]; madeAt: Date }

// Excel's formats: `1.250.000 ₫` and `12,5 %` follow the reader's locale separators.
const NUMBER_FORMATS: Record<ReportColumnKind, string> = {
  text: "@",
  vnd: '#,##0 "₫"',
  percent: "0.0 %",
  count: "#,##0",
  day: "@",
}

/** A cell's value as written: text as a string cell (a leading `=` stays text), a share as a fraction. */
function cellValue(kind: ReportColumnKind, value: string | number | null): string | number | null {
  if (value === null || value === undefined) return null
  if (kind === "text" || kind === "day") return String(value)
  const number = Number(value)
  return kind === "percent" ? number / 100 : number
}

const summed = (kind: ReportColumnKind) => kind === "vnd" || kind === "count"

function addCover(workbook: ExcelJS.stream.xlsx.WorkbookWriter | ExcelJS.Workbook, cover: ReportCover) {
  const sheet = workbook.addWorksheet("Thông tin")
  sheet.columns = [
    { key: "label", width: 28 },
    { key: "value", width: 60, style: { numFmt: "@" } },
  ]
  const rows: [string, string][] = [
    ["Báo cáo", cover.title],
    ["Kỳ báo cáo", cover.period],
    ...cover.filters,
    ["Lập lúc", cover.madeAt.toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })],
  ]
  for (const [label, value] of rows) sheet.addRow({ label, value: String(value) }).commit?.()
  sheet.getColumn(1).font = { bold: true }
  ;(sheet as ExcelJS.Worksheet & { commit?: () => void }).commit?.()
}

/**
 * Streams an XLSX workbook to `output`: a cover sheet, then each sheet with a bold, frozen header
 * row, number formats per column and, if asked, a totals row. Rows are committed as they are written,
 * so a year of order lines never sits in memory.
 */
export async function writeReportWorkbook(
  output: Writable,
  cover: ReportCover,
  sheets: ReportSheet<unknown>[]
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
  addCover(workbook, cover)
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] })
    sheet.columns = spec.columns.map((column, index) => ({
      key: String(index),
      header: column.header,
      width: column.width,
      style: { numFmt: NUMBER_FORMATS[column.kind] },
    }))
    sheet.getRow(1).font = { bold: true }
    sheet.getRow(1).commit()
    const totals = spec.columns.map(() => 0)
    for await (const row of spec.rows) {
      const cells = spec.columns.map((column, index) => {
        const value = cellValue(column.kind, column.value(row))
        if (summed(column.kind) && typeof value === "number") totals[index] += value
        return value
      })
      sheet.addRow(cells).commit()
    }
    if (spec.totals) {
      const row = sheet.addRow(
        spec.columns.map((column, index) => (index === 0 ? "Tổng cộng" : summed(column.kind) ? totals[index] : null))
      )
      row.font = { bold: true }
      row.commit()
    }
    sheet.commit()
  }
  await workbook.commit()
}

/** One CSV line of `cells`, quoted where needed; text a spreadsheet would run as a formula gets a leading `'`. */
export function csvLine(cells: (string | number | null)[]): string {
  return (
    cells
      .map((cell) => {
        if (cell === null || cell === undefined) return ""
        if (typeof cell === "number") return String(cell)
        const text = spreadsheetText(cell)
        return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
      })
      .join(",") + "\r\n"
  )
}

/** Streams a sheet as CSV (UTF-8 with a BOM, so Excel reads the Vietnamese): header, rows, no cover. */
export async function writeReportCsv<Row>(output: Writable, spec: ReportSheet<Row>): Promise<void> {
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => output.write(text, (error) => (error ? reject(error) : resolve())))
  await write("\uFEFF" + csvLine(spec.columns.map((column) => column.header)))
  for await (const row of spec.rows) {
    await write(csvLine(spec.columns.map((column) => column.value(row))))
  }
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
