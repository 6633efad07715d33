import { PROMOTION_EVENT_CSV_COLUMNS, PROMOTION_EVENT_IMPORT_MAX_ROWS } from "@ocop/shared"
import { csvRecords } from "../csv-records"

/** One row of a participant CSV: its line in the file, the product code and the producer's name as written. */
export type PromotionEventCsvRow = { row: number; code: string; producer_name: string | null }

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
  return csvRecords(text, {
    delimiterOf,
    header: `whose header is ${HEADER_HINT}`,
    maxRows: PROMOTION_EVENT_IMPORT_MAX_ROWS,
  }).map(({ row, record }) => ({
    row,
    code: (record[0] ?? "").trim(),
    producer_name: record[1]?.trim() || null,
  }))
}
