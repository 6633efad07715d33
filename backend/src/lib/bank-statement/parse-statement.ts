import { MedusaError } from "@medusajs/framework/utils"
import { CsvError, type InfoRecord, parse } from "csv-parse/sync"
import { foldVietnamese } from "@ocop/shared"

/** One incoming transfer (a credit) of a bank statement. */
export type StatementRow = {
  /** Line of the file the row starts on, counting from 1 as a spreadsheet does. */
  line: number
  /** As the bank wrote it: exports differ in format, and matching does not need it. */
  date: string
  /** Whole đồng, always positive. */
  amount: number
  description: string
}

type Column = "date" | "amount" | "description"

// Folded header names, best first: an export with both "Ngày giao dịch" and "Ngày" columns is
// read by the former.
const HEADER_NAMES: Record<Column, string[]> = {
  date: ["date", "ngay giao dich", "ngay"],
  amount: ["amount", "so tien ghi co", "ghi co", "so tien"],
  description: ["description", "noi dung", "dien giai", "mo ta"],
}
const DELIMITERS = [";", ","]
const CSV_OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true }

const invalidFile = (problem: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `file ${problem}`)

/**
 * The credits of a bank statement exported as CSV. Exports put a few lines about the account
 * above the table, so the header is searched for; debits (negative amounts, or an empty credit
 * column) are left out.
 */
export function parseStatementCsv(text: string): StatementRow[] {
  // One kind of line ending, so that csv-parse counts lines as an editor shows them.
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
  if (lines.every((line) => !line.trim())) {
    throw invalidFile("is empty")
  }
  const header = findHeader(lines)
  if (!header) {
    throw invalidFile(
      'has no header row naming the date ("Ngày giao dịch", "Ngày" or "date"), amount ("Số tiền", ' +
        '"Số tiền ghi có", "Ghi có" or "amount") and description ("Nội dung", "Diễn giải", "Mô tả" or "description") columns'
    )
  }

  const body = lines.slice(header.line).join("\n")
  let records: { record: string[]; info: { lines: number } }[]
  let lastRecordEnd = 0
  try {
    const trackLastRecord = (record: string[], context: InfoRecord) => {
      lastRecordEnd = context.lines
      return record
    }
    // With `info`, csv-parse returns { record, info } objects; its typings only know plain rows.
    records = parse(body, {
      ...CSV_OPTIONS,
      delimiter: header.delimiter,
      info: true,
      on_record: trackLastRecord,
    }) as unknown as typeof records
  } catch (error) {
    if (error instanceof CsvError) {
      // csv-parse reports where it gave up (the end of the file for an open quote); the operator
      // needs the row that broke it, the first one after the last row read.
      const broken = lines.findIndex((text, index) => index >= header.line + lastRecordEnd && text.trim())
      throw invalidFile(`line ${broken + 1}: ${describeCsvError(error)}`)
    }
    throw error
  }

  const rows: StatementRow[] = []
  for (const { record, info } of records) {
    // info.lines is where the record ends; a quoted cell may span lines.
    const line = header.line + info.lines - newlinesIn(record)
    const cell = (column: Column) => record[header.columns[column]] ?? ""
    if (record.every((value) => !value)) continue
    const amount = readAmount(cell("amount"), line)
    if (amount === null || amount <= 0) continue
    rows.push({ line, date: cell("date"), amount, description: cell("description") })
  }
  return rows
}

function findHeader(lines: string[]) {
  for (const [index, text] of lines.entries()) {
    for (const delimiter of DELIMITERS) {
      const columns = headerColumns(parseLine(text, delimiter))
      if (columns) return { line: index + 1, delimiter, columns }
    }
  }
  return undefined
}

function parseLine(text: string, delimiter: string): string[] {
  try {
    return parse(text, { ...CSV_OPTIONS, delimiter })[0] ?? []
  } catch {
    return []
  }
}

function headerColumns(cells: string[]): Record<Column, number> | undefined {
  const names = cells.map((cell) =>
    foldVietnamese(cell)
      .replace(/[^a-z0-9 ]/g, "")
      .trim()
  )
  const columns = {} as Record<Column, number>
  for (const column of Object.keys(HEADER_NAMES) as Column[]) {
    const index = HEADER_NAMES[column].map((name) => names.indexOf(name)).find((i) => i >= 0)
    if (index === undefined) return undefined
    columns[column] = index
  }
  return columns
}

const CURRENCY = /\s*(?:vnd|vnđ|đ|₫)$/iu
// "1.250.000", "1,250,000", "1 250 000" or "1250000", maybe signed, maybe with a zero fraction
// ("1,250,000.00", which some exports write even for VND).
const DONG = /^([+-])?(\d{1,3}(?:([.,\u00a0 ])\d{3})(?:\3\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/

/** Whole đồng, negative for a debit, or null for an empty cell. */
function readAmount(text: string, line: number): number | null {
  let rest = text.replace(CURRENCY, "")
  if (!rest) return null
  // Accounting exports write a debit as "(500.000)".
  const bracketed = rest.startsWith("(") && rest.endsWith(")")
  if (bracketed) rest = rest.slice(1, -1).trim()
  const match = DONG.exec(rest)
  // "1.250.000.00" uses one separator for groups and fraction: a typo, not an amount to guess at.
  if (!match || (match[3] && match[4] === match[3])) {
    throw invalidFile(`line ${line}: amount "${text}" is not a number`)
  }
  const [, sign, whole, thousands, , fraction] = match
  if (fraction && Number(fraction) !== 0) {
    throw invalidFile(`line ${line}: amount "${text}" is not a whole number of đồng`)
  }
  const value = Number(thousands ? whole.split(thousands).join("") : whole)
  return sign === "-" || bracketed ? -value : value
}

const newlinesIn = (cells: string[]) => cells.reduce((count, cell) => count + cell.split("\n").length - 1, 0)

function describeCsvError(error: CsvError): string {
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return "a quoted cell is never closed"
  return `the CSV cannot be read (${error.code})`
}
