/**
 * Bulk ordering (a CSV upload, a saved purchase list, a reorder): the limits of an upload, why a row
 * is refused, and the answer the store gives, which the storefront words row by row.
 */

/** The most rows one upload may hold; a longer file is refused whole, before any row is read. */
export const MAX_BULK_ROWS = 1000

/** The largest upload, in bytes of UTF-8. */
export const MAX_BULK_FILE_BYTES = 200_000

/** The header an upload starts with (case, spaces and a BOM aside). */
export const BULK_CSV_HEADER = ["sku", "quantity"] as const

/** Why one row cannot be added; the storefront maps each to a sentence. */
export const BULK_ROW_PROBLEMS = [
  "unknown_sku",
  "invalid_quantity",
  "duplicate_sku",
  "not_wholesale",
  "below_minimum",
  "not_case_multiple",
  "above_maximum",
  "over_stock",
] as const
export type BulkRowProblem = (typeof BULK_ROW_PROBLEMS)[number]

/**
 * A row the store added to the cart: where it came from and what. An upload's rows are numbered as a
 * spreadsheet numbers them (the header is row 1); a list's or an order's lines from 1.
 */
export type BulkAddedLine = { row: number; sku: string; variant_id: string; quantity: number }

/**
 * A row the store refused, with the reason as a code and, for people, a sentence; `limit` is the
 * number the reason names (the minimum, the case pack, the maximum, what is left in stock).
 */
export type BulkRowError = { row: number; sku: string; code: BulkRowProblem; message: string; limit?: number }

/** The answer of every bulk route: the good rows were added together, the bad ones are listed. */
export type BulkLinesAnswer = { added: BulkAddedLine[]; errors: BulkRowError[] }
