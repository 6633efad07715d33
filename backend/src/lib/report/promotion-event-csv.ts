import { MedusaError } from "@medusajs/framework/utils"
import { PROMOTION_EVENT_CSV_COLUMNS, PROMOTION_EVENT_IMPORT_MAX_ROWS } from "@ocop/shared"
import { CsvError, parse } from "csv-parse/sync"

/** One row of a participant CSV: its line in the file, the product code and the producer's name as written. */
export type PromotionEventCsvRow = { row: number; code: string; producer_name: string | null }

const invalidFile = (problem: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${problem}`)

const HEADER_HINT = `"product_code" (or "mã sản phẩm"), optionally followed by "producer_name" (or "chủ thể")`

const cellName = (cell: string) =>
  cell
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .trim()
    .toLowerCase()
    .normalize("NFC")

const isColumn = (cell: string | undefined, names: readonly string[]) =>
  cell !== undefined && names.includes(cellName(cell))

/** The delimiter (comma, semicolon as Excel writes in Vietnamese locales, or tab) whose split of the header reads right. */
function delimiterOf(headerLine: string): string | undefined {
  return [",", ";", "\t"].find((delimiter) => {
    const cells = headerLine.split(delimiter)
    if (!isColumn(cells[0], PROMOTION_EVENT_CSV_COLUMNS.product_code)) return false
    return cells.length === 1 || isColumn(cells[1], PROMOTION_EVENT_CSV_COLUMNS.producer_name)
  })
}

/**
 * The rows of a participant list: UTF-8 with or without a BOM, a header naming the product code column
 * and optionally the producer's name. A file that is not such a CSV, has no rows or more than
 * PROMOTION_EVENT_IMPORT_MAX_ROWS is refused whole, naming `file`; each row is judged later.
 */
export function parsePromotionEventCsv(text: string): PromotionEventCsvRow[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
  const delimiter = delimiterOf(lines[0] ?? "")
  if (!delimiter) throw invalidFile(`is not a CSV whose header is ${HEADER_HINT}`)
  // Counted before parsing, so a huge file costs no more than a split.
  const rowCount = lines.slice(1).filter((line) => line.trim()).length
  if (rowCount > PROMOTION_EVENT_IMPORT_MAX_ROWS) {
    throw invalidFile(`has ${rowCount} rows; at most ${PROMOTION_EVENT_IMPORT_MAX_ROWS} at a time`)
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
    .map(({ record, info }) => ({
      row: info.lines,
      code: (record[0] ?? "").trim(),
      producer_name: record[1]?.trim() || null,
    }))
}
