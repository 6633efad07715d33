import ExcelJS from "exceljs"
import { vietnamDate } from "@ocop/shared"
import type { InvoiceView } from "./ledger-view"

export type LedgerColumn = { header: string; key: keyof InvoiceView | "issued" | "due"; width: number; money?: boolean }

// Vietnamese headers: the file goes to a Vietnamese accountant.
const COLUMNS: LedgerColumn[] = [
  { header: "Số hóa đơn", key: "reference", width: 14 },
  { header: "Đơn hàng", key: "order_display_id", width: 10 },
  { header: "Doanh nghiệp", key: "company_name", width: 32 },
  { header: "Nhà sản xuất", key: "producer_name", width: 32 },
  { header: "Ngày lập", key: "issued", width: 12 },
  { header: "Hạn thanh toán", key: "due", width: 14 },
  { header: "Số tiền (₫)", key: "amount", width: 14, money: true },
  { header: "Đã trả (₫)", key: "paid_amount", width: 14, money: true },
  { header: "Còn nợ (₫)", key: "outstanding", width: 14, money: true },
  { header: "Số ngày quá hạn", key: "days_overdue", width: 10 },
  { header: "Nhóm tuổi nợ", key: "bucket", width: 10 },
  { header: "Trạng thái", key: "status", width: 10 },
]

// The day in Vietnam a timestamp falls on, as yyyy-mm-dd; empty for none.
const dayOf = (at: Date | string | null) => (at ? vietnamDate(new Date(at)) : "")

/**
 * The invoices as an XLSX workbook. Every text cell is a string cell in a text-formatted column:
 * a company or producer name that starts with = + - @ is shown as written, never run as a formula.
 */
export async function ledgerWorkbook(invoices: InvoiceView[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName)
  sheet.columns = COLUMNS.map(({ header, key, width, money }) => ({
    header,
    key,
    width,
    style: money ? { numFmt: "#,##0" } : { numFmt: "@" },
  }))
  for (const invoice of invoices) {
    const row: Record<string, string | number> = {}
    for (const { key, money } of COLUMNS) {
      if (key === "issued") row[key] = dayOf(invoice.issued_at)
      else if (key === "due") row[key] = dayOf(invoice.due_at)
      else if (money || key === "days_overdue") row[key] = Number(invoice[key] ?? 0)
      else row[key] = String(invoice[key] ?? "")
    }
    sheet.addRow(row)
  }
  sheet.getRow(1).font = { bold: true }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
