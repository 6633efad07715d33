import { BULK_CSV_HEADER, MAX_BULK_ROWS } from "@ocop/shared"
import { csvRecords } from "../csv-records"
import { ERROR_CODES } from "../error-codes"

/** One row of an upload: its spreadsheet row number, the SKU as written, and the quantity (null when not a positive whole number). */
export type BulkCsvRow = { row: number; sku: string; quantity: number | null }

const headerCells = (line: string, delimiter: string) =>
  line.split(delimiter).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .toLowerCase()
  )

/** The delimiter whose split of the header line reads `sku` then `quantity`, if any. */
function delimiterOf(headerLine: string): string | undefined {
  return [",", ";"].find((delimiter) => {
    const cells = headerCells(headerLine, delimiter)
    return cells[0] === BULK_CSV_HEADER[0] && cells[1] === BULK_CSV_HEADER[1]
  })
}

const quantityOf = (cell: string | undefined) => {
  const text = (cell ?? "").trim()
  return /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : null
}

/**
 * The rows of a bulk-order CSV: UTF-8 with or without a BOM, a `sku,quantity` header, comma or
 * semicolon (read from the header). A file that is not such a CSV, or longer than MAX_BULK_ROWS
 * rows, is refused whole, naming `file`; the rows are only split, each is judged later.
 */
export function parseBulkCsv(text: string): BulkCsvRow[] {
  return csvRecords(text, {
    delimiterOf,
    header: 'with the header "sku,quantity" (or "sku;quantity")',
    maxRows: MAX_BULK_ROWS,
    codes: { invalid: ERROR_CODES.bulkFileInvalid, tooManyRows: ERROR_CODES.bulkTooManyRows },
  }).map(({ row, record }) => ({ row, sku: record[0] ?? "", quantity: quantityOf(record[1]) }))
}
