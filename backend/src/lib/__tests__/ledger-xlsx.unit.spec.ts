import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { ledgerWorkbook } from "../ledger-xlsx"
import type { InvoiceView } from "../ledger-view"

const invoice = (name: string): InvoiceView => ({
  id: "inv_1",
  company_id: "comp_1",
  order_id: "order_1",
  parent_order_id: "order_0",
  producer_id: "prod_1",
  reference: "HD23456789",
  amount: 1_250_000,
  paid_amount: 250_000,
  issued_at: "2026-03-01T18:00:00Z",
  due_at: null,
  paid_at: null,
  status: "open",
  order_display_id: 12,
  producer_name: "HTX Chè",
  company_name: name,
  outstanding: 1_000_000,
  days_overdue: 0,
  bucket: "current",
})

describe("ledgerWorkbook", () => {
  it("writes one row per invoice, with names that look like formulas kept as text", async () => {
    const hostile = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)"]
    const buffer = await ledgerWorkbook(hostile.map(invoice), "Công nợ")
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer as never)
    const sheet = workbook.getWorksheet("Công nợ")!
    expect(sheet.rowCount).toBe(5)
    hostile.forEach((name, i) => {
      const cell = sheet.getRow(i + 2).getCell(3)
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      expect(cell.formula).toBeFalsy()
      expect(cell.value).toBe(name)
    })
    const row = sheet.getRow(2)
    expect(row.getCell(1).value).toBe("HD23456789")
    // Issued at 18:00 UTC is the next day in Vietnam.
    expect(row.getCell(5).value).toBe("2026-03-02")
    expect(row.getCell(9).value).toBe(1_000_000)
  })
})
