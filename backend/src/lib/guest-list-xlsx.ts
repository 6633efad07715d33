import ExcelJS from "exceljs"
import type { BookingView } from "@ocop/shared"

type GuestColumn = { header: string; key: string; width: number }

// Vietnamese headers: the host hands the list to the commune police for the temporary-residence declaration.
const COLUMNS: GuestColumn[] = [
  { header: "Mã đặt chỗ", key: "booking", width: 14 },
  { header: "Trạng thái", key: "status", width: 12 },
  { header: "Họ tên", key: "name", width: 28 },
  { header: "Quốc tịch", key: "nationality", width: 10 },
  { header: "Điện thoại", key: "phone", width: 14 },
  { header: "Số hộ chiếu", key: "passport_number", width: 16 },
  { header: "Số chỗ", key: "seats", width: 8 },
  { header: "Đã đến lúc", key: "checked_in_at", width: 20 },
  // A deposit booking's rest, for the whole booking (repeated on each of its guests' rows, like its places).
  { header: "Thu khi khách đến", key: "due_on_arrival", width: 18 },
]

const money = (amount: number) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount)

/**
 * A session's guest list, a row per guest (a booking without guests yet shows one empty row). Every
 * cell is a string cell in a text-formatted column: a name that starts with = + - @ is shown as
 * written, never run as a formula, and a phone keeps its leading 0.
 */
export async function guestListWorkbook(bookings: BookingView[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[*?:\\/[\]]/g, " "))
  sheet.columns = COLUMNS.map(({ header, key, width }) => ({ header, key, width, style: { numFmt: "@" } }))
  for (const booking of bookings) {
    const guests = booking.guests.length ? booking.guests : [{ name: "", nationality: "" }]
    for (const guest of guests) {
      sheet.addRow({
        booking: booking.id,
        status: booking.status,
        name: guest.name,
        nationality: guest.nationality,
        phone: guest.phone ?? "",
        passport_number: guest.passport_number ?? "",
        seats: String(booking.seats),
        checked_in_at: booking.checked_in_at ?? "",
        due_on_arrival: booking.due_on_arrival ? money(booking.due_on_arrival) : "",
      })
    }
  }
  sheet.getRow(1).font = { bold: true }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
