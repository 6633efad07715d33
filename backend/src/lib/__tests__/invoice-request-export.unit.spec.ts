import { describe, expect, it } from "vitest"
import type { InvoiceBuyer } from "@ocop/shared"
import { INVOICE_EXPORT_COLUMNS, invoiceExportCsv, invoiceExportRows } from "../invoice-request-export"

const BUYER: InvoiceBuyer = {
  source: "request",
  company_id: null,
  legal_name: 'Công ty TNHH An Phú, chi nhánh "Bắc"',
  tax_code: "0100109106",
  household_business: false,
  buyer_type: null,
  email: "ketoan@anphu.vn",
  street: "45 Lê Lợi",
  commune: "Phường Điện Biên Phủ",
  province: "Điện Biên",
  province_code: "11",
  commune_code: "03127",
}

const order = (overrides: Record<string, unknown> = {}) =>
  ({
    id: "order_1",
    display_id: 7,
    created_at: "2026-07-01T18:30:00Z",
    items: [
      { id: "li_1", title: "Cà phê bột", variant_title: "Hộp 250 g", quantity: 2, unit_price: 111000, total: 222000 },
      { id: "li_2", title: "Mật ong", variant_title: null, quantity: 1, unit_price: 90000, total: 90000 },
    ],
    shipping_total: 30000,
    total: 342000,
    payment_method: "bank_transfer",
    invoice_buyer: BUYER,
    ...overrides,
  }) as unknown as Parameters<typeof invoiceExportRows>[0][number]

describe("invoiceExportRows", () => {
  it("writes a row per line of goods and one for shipping, the buyer on each, the day in Việt Nam", () => {
    const rows = invoiceExportRows([order()])
    expect(rows).toHaveLength(3)
    expect(rows[0]).toEqual([
      "7",
      "02/07/2026",
      BUYER.legal_name,
      "0100109106",
      "45 Lê Lợi, Phường Điện Biên Phủ, Điện Biên",
      "ketoan@anphu.vn",
      "Cà phê bột",
      "Hộp 250 g",
      2,
      111000,
      222000,
      342000,
      "Chuyển khoản",
    ])
    expect(rows[1][7]).toBe("Cái")
    expect(rows[2].slice(6, 11)).toEqual(["Phí vận chuyển", "Lần", 1, 30000, 30000])
    expect(rows.every((row) => row.length === INVOICE_EXPORT_COLUMNS.length)).toBe(true)
  })

  it("names the payment on terms for the invoice software", () => {
    const [row] = invoiceExportRows([order({ payment_method: "terms" })])
    expect(row[INVOICE_EXPORT_COLUMNS.length - 1]).toBe("Công nợ (chuyển khoản theo hóa đơn)")
  })

  it("leaves out an order without invoice data and a shipping line of 0", () => {
    expect(invoiceExportRows([order({ invoice_buyer: null })])).toEqual([])
    expect(invoiceExportRows([order({ shipping_total: 0 })])).toHaveLength(2)
  })
})

describe("invoiceExportCsv", () => {
  it("starts with a BOM, quotes commas and quotes, and puts a ' before a formula-looking text", () => {
    const formula = order({ invoice_buyer: { ...BUYER, legal_name: "=1+1" } })
    const text = invoiceExportCsv([order(), formula]).toString("utf8")
    expect(text.startsWith("\uFEFFSố đơn hàng,")).toBe(true)
    expect(text).toContain('"Công ty TNHH An Phú, chi nhánh ""Bắc"""')
    expect(text).toContain(",'=1+1,")
    expect(text).not.toContain(",=1+1,")
  })
})
