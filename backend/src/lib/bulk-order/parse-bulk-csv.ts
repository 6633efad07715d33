import { MedusaError } from "@medusajs/framework/utils"
import { BULK_CSV_HEADER, MAX_BULK_ROWS } from "@ocop/shared"
import { CsvError, parse } from "csv-parse/sync"
import { ERROR_CODES } from "../error-codes"

/** One row of an upload: its spreadsheet row number, the SKU as written, and the quantity (null when not a positive whole number). */
export type BulkCsvRow = { row: number; sku: string; quantity: number | null }

const invalidFile = (problem: string, code: string = ERROR_CODES.bulkFileInvalid) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${problem}`, code)

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
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
  const delimiter = delimiterOf(lines[0] ?? "")
  if (!delimiter) throw invalidFile('is not a CSV with the header "sku,quantity" (or "sku;quantity")')
  // Counted before parsing, so a huge file costs no more than a split.
  const rowCount = lines.slice(1).filter((line) => line.trim()).length
  if (rowCount > MAX_BULK_ROWS) {
    throw invalidFile(`has ${rowCount} rows; at most ${MAX_BULK_ROWS} at a time`, ERROR_CODES.bulkTooManyRows)
  }
  if (!rowCount) throw invalidFile("has a header but no rows")

  let records: { record: string[]; info: { lines: number } }[]
  try {
    // With `info`, csv-parse returns { record, info } objects; its typings only know plain rows.
    records = parse(lines.join("\n"), {
      delimiter,
      from_line: 2,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records
  } catch (error) {
    if (error instanceof CsvError) throw invalidFile(`cannot be read as CSV (${error.code})`)
    throw error
  }
  return records
    .filter(({ record }) => record.some((cell) => cell))
    .map(({ record, info }) => ({ row: info.lines, sku: record[0] ?? "", quantity: quantityOf(record[1]) }))
}
