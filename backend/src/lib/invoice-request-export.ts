import ExcelJS from "exceljs"
import { invoiceAddressLine, spreadsheetText, type InvoiceBuyer } from "@ocop/shared"
import type { producerOrderView } from "./producer-order-view"

type InvoiceOrder = ReturnType<typeof producerOrderView> & { invoice_buyer: InvoiceBuyer | null }
type Cell = string | number

/*
 * The columns are what a VAT e-invoice must show of the buyer and the goods, so the producer can
 * key or import them into its e-invoice software: Decree 123/2020/NĐ-CP art. 10 cl. 6 point b
 * (buyer's name, address and tax code; as amended by Decree 70/2025/NĐ-CP, a buyer without a tax
 * code may be identified by a personal identification number, which a household business uses as
 * its tax code) and cl. 6 point a for the seller, which is the producer itself; art. 10 cl. 8
 * (name of the goods, unit, quantity, unit price) and cl. 9 (amount, total payable). The payment
 * method and the e-mail the invoice is sent to complete what e-invoice software asks of a buyer.
 */
export const INVOICE_EXPORT_COLUMNS = [
  { header: "Số đơn hàng", width: 12 },
  { header: "Ngày đặt hàng", width: 14 },
  { header: "Tên người mua (đơn vị)", width: 36 },
  { header: "Mã số thuế / Số định danh", width: 20 },
  { header: "Địa chỉ", width: 48 },
  { header: "Email nhận hóa đơn", width: 28 },
  { header: "Tên hàng hóa, dịch vụ", width: 36 },
  { header: "Đơn vị tính", width: 14 },
  { header: "Số lượng", width: 10 },
  { header: "Đơn giá (VND, gồm VAT)", width: 16 },
  { header: "Thành tiền (VND, gồm VAT)", width: 16 },
  { header: "Tổng cộng đơn hàng (VND)", width: 16 },
  { header: "Hình thức thanh toán", width: 24 },
] as const

const PAYMENT_METHOD_NAMES: Record<string, string> = {
  cod: "Tiền mặt khi nhận hàng (COD)",
  bank_transfer: "Chuyển khoản",
  card: "Thẻ",
  terms: "Công nợ (chuyển khoản theo hóa đơn)",
}

// The sold variant is the unit ("Hộp 250 g"); a product sold without variants is counted in pieces.
const DEFAULT_UNIT = "Cái"
const SHIPPING_LINE = "Phí vận chuyển"

/** The order's date as a Vietnamese day, dd/mm/yyyy, in Việt Nam's time. */
const vietnameseDate = (value: unknown) =>
  new Intl.DateTimeFormat("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date(value as string))

/** One row per line of goods (and one for the shipping fee), the buyer repeated on each. */
export function invoiceExportRows(orders: InvoiceOrder[]): Cell[][] {
  return orders.flatMap((order) => {
    const buyer = order.invoice_buyer
    if (!buyer) return []
    const head = [
      String(order.display_id ?? order.id),
      vietnameseDate(order.created_at),
      buyer.legal_name,
      buyer.tax_code,
      invoiceAddressLine(buyer),
      buyer.email,
    ]
    const tail = [order.total, PAYMENT_METHOD_NAMES[order.payment_method ?? ""] ?? order.payment_method ?? ""]
    const lines: Cell[][] = order.items.map((item) => [
      ...head,
      item.title,
      item.variant_title || DEFAULT_UNIT,
      item.quantity,
      item.unit_price,
      item.total,
      ...tail,
    ])
    if (order.shipping_total > 0) {
      lines.push([...head, SHIPPING_LINE, "Lần", 1, order.shipping_total, order.shipping_total, ...tail])
    }
    return lines
  })
}

const csvField = (cell: Cell) => {
  if (typeof cell === "number") return String(cell)
  const text = spreadsheetText(cell)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** UTF-8 with a byte order mark, which Excel needs to read Vietnamese letters right; CRLF lines (RFC 4180). */
export function invoiceExportCsv(orders: InvoiceOrder[]): Buffer {
  const rows = [INVOICE_EXPORT_COLUMNS.map((c) => c.header), ...invoiceExportRows(orders)]
  return Buffer.from("\uFEFF" + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n", "utf8")
}

/** One sheet; every text is written as a string cell (exceljs makes a formula only of `{ formula }`), never run. */
export async function invoiceExportXlsx(orders: InvoiceOrder[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Yêu cầu hóa đơn")
  sheet.columns = INVOICE_EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }))
  sheet.getRow(1).font = { bold: true }
  for (const row of invoiceExportRows(orders)) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
